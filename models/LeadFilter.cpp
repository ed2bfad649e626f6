#include "LeadFilter.h"
