#include "seriesreader.h"
