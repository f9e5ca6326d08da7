/* clock: the monotonic clock, for time-outs, pacing and benchmarks. */
#ifndef TIDINGS_BASE_CLOCK_H
#define TIDINGS_BASE_CLOCK_H

#include <stdint.h>

/* Microseconds and milliseconds on CLOCK_MONOTONIC (an arbitrary origin:
 * only differences mean anything). */
int64_t	clock_mono_us(void);
int64_t	clock_mono_ms(void);

#endif
