#pragma once

#include <QTextStream>

#include <sys/resource.h>

// What every bench prints with: its report on stdout, progress on stderr, and the process's
// peak memory.
inline QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

inline QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

inline double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // Linux reports kilobytes
}
