#pragma once

#include "Result.h"

#include <QString>

class QFileInfo;

namespace LeadExport::detail {

// A new file beside the target, hidden (".name.random.part"), that becomes the target only
// when committed and is removed otherwise; what a crash leaves behind, the next export to the
// same target removes.
class PartFile
{
public:
    ~PartFile();

    Status create(const QString& target);
    QString path() const { return m_path; }

    // Part files of this target that an export killed mid-way left behind. An hour old at
    // least, so that another export still writing one is not touched.
    static void removeStaleParts(const QFileInfo& target);

    // Atomically replaces the target, keeping its permissions, as QSaveFile does.
    Status commit(const QString& target);

private:
    QString m_path;
};

} // namespace LeadExport::detail
