#include "runtypes.h"
