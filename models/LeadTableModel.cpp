#include "LeadTableModel.h"
