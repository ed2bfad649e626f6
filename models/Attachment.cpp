#include "Attachment.h"

#include <QUrl>

QString Attachment::displayName() const
{
    if (!name.isEmpty())
        return name;
    // SAM.gov's links end ".../files/<file id>/download": the id is what tells them apart.
    const QStringList segments = QUrl(url).path().split(u'/', Qt::SkipEmptyParts);
    for (qsizetype i = segments.size() - 1; i >= 0; --i) {
        if (segments[i].compare(QLatin1String("download"), Qt::CaseInsensitive) != 0)
            return segments[i];
    }
    return url;
}
