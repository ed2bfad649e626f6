#include "ThreadPriority.h"

#include <QThread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace ThreadPriority {

void lowerCurrentThread()
{
#ifdef Q_OS_LINUX
    // Under Linux a nice value belongs to the thread whose id is given, not to the process.
    (void)setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), 10);
#else
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}

} // namespace ThreadPriority
