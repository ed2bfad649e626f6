#pragma once

#include "CacheGuard.h"
#include "Result.h"

#include <QFuture>
#include <QString>

class QWidget;

// Opens the cache for the window without freezing it. CacheGuard's check, the moving aside
// of an unusable file, a schema upgrade and the restore of the analyst's data run on a worker
// thread, while a progress dialog says what is happening once it lasts: an upgrade of a large
// cache takes minutes, and a window that never appears looks like a hang.
//
// The check before the window is the structure's (milliseconds), or the whole file's when a
// query met damage last time (the marker), so that a damaged file is moved aside before use.
// After a session that did not close the cache, the whole file is checked while the window
// is in use, on a thread of its own, without holding back its first rows; damage found then
// is told in a message box, and the next start moves the file aside.
namespace CacheOpening {

struct Opened
{
    QString location; // ready for the window's connections
    QString notice; // CacheGuard's, for people: show it once; empty when nothing happened
    QString sampleProblem; // why an empty cache could not be given the sample, when it could not
    // The full check after an unclean end, running while the window is in use; not valid when
    // none is due. It stops when the application quits (verdict Unreadable).
    QFuture<CacheGuard::CheckReport> fullCheck;
};

struct Options
{
    bool sampleWhenEmpty = false; // an empty cache gets the bundled sample until the first sync
    int upgradeDialogAfterMs = 300; // the dialog shows once an upgrade has run this long
    int checkDialogAfterMs = 1500; // and once a check has: a short one should not flash a dialog
    int fullCheckAfterMs = 3000; // the first rows have the disk to themselves this long
};

Result<Opened> open(const QString& path, QWidget* parent = nullptr, const Options& options = {});

} // namespace CacheOpening
