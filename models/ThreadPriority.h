#pragma once

// Work the analyst is not waiting on (counts and charts, the cache check, reading attachments)
// yields the cores to the work they are: the table's reads and the window. On two cores a
// keyword's counts, computed at once, held its first rows back by 40 ms.
namespace ThreadPriority {

// Lowers the calling thread's priority for the rest of its life. QThread::LowPriority does
// nothing under Linux's default scheduler; a nice value of 10 leaves such a thread about a
// tenth of a core that others want, and the whole of one they do not.
void lowerCurrentThread();

} // namespace ThreadPriority
