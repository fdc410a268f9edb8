#include "metricwriter.h"
