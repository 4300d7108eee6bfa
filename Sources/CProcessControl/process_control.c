#include "process_control.h"

#if defined(__linux__)
#include <sys/prctl.h>

int process_control_disable_dumping(void) { return prctl(PR_SET_DUMPABLE, 0, 0, 0, 0); }

int process_control_dumpable(void) { return prctl(PR_GET_DUMPABLE, 0, 0, 0, 0); }
#else
int process_control_disable_dumping(void) { return -1; }

int process_control_dumpable(void) { return -1; }
#endif
