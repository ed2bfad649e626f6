#pragma once

#include "Result.h"

#include <QString>

#include <memory>

class LeadStore;
class QWidget;

// Opens the cache for the window without freezing it. CacheGuard's check, the moving aside
// of an unusable file, a schema upgrade and the restore of the analyst's data run on a worker
// thread, while a progress dialog says what is happening once it lasts: an upgrade of a large
// cache takes minutes, and a window that never appears looks like a hang.
namespace CacheOpening {

struct Opened
{
    std::unique_ptr<LeadStore> store; // opened on the calling thread, the one that uses it
    QString notice; // CacheGuard's, for people: show it once; empty when nothing happened
};

struct Options
{
    int upgradeDialogAfterMs = 300; // the dialog shows once an upgrade has run this long
    int checkDialogAfterMs = 1500; // and once a check has: a short one should not flash a dialog
};

Result<Opened> open(const QString& path, QWidget* parent = nullptr, const Options& options = {});

} // namespace CacheOpening
