#ifndef CPROCESSCONTROL_PROCESS_CONTROL_H
#define CPROCESSCONTROL_PROCESS_CONTROL_H

// prctl(2) is variadic in the C library's header, and Swift cannot call a variadic C function: these fixed-argument
// wrappers hand over the two operations the program needs.

/// Marks the process as not dumpable (PR_SET_DUMPABLE 0): no core file, no ptrace attach by other processes of the
/// same user, /proc/PID owned by root. Returns 0, or -1 with errno set (and -1 where prctl does not exist).
int process_control_disable_dumping(void);

/// PR_GET_DUMPABLE: 1 when the process may be dumped, 0 when not, -1 where prctl does not exist.
int process_control_dumpable(void);

#endif
