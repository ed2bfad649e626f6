#include "LeadStore.h"
