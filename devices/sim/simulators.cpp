#include "devices/sim/simulators.h"
