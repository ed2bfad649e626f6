#include "SampleData.h"
