#include "trackingstore.h"
