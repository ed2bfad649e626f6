#include "LeadImporter.h"
