#pragma once

#include "Result.h"

#include <QString>

class QWidget;

// Opens the cache for the window without freezing it. CacheGuard's check, the moving aside
// of an unusable file, a schema upgrade and the restore of the analyst's data run on a worker
// thread, while a progress dialog says what is happening once it lasts: an upgrade of a large
// cache takes minutes, and a window that never appears looks like a hang.
namespace CacheOpening {

struct Opened
{
    QString location; // ready for the window's connections
    QString notice; // CacheGuard's, for people: show it once; empty when nothing happened
    QString sampleProblem; // why an empty cache could not be given the sample, when it could not
};

struct Options
{
    bool sampleWhenEmpty = false; // an empty cache gets the bundled sample until the first sync
    int upgradeDialogAfterMs = 300; // the dialog shows once an upgrade has run this long
    int checkDialogAfterMs = 1500; // and once a check has: a short one should not flash a dialog
};

Result<Opened> open(const QString& path, QWidget* parent = nullptr, const Options& options = {});

} // namespace CacheOpening
