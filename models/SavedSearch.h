#pragma once

#include <QByteArray>
#include <QString>

struct SavedSearch
{
    qint64 id = 0;
    QString name;
    QByteArray filterJson;
    bool notify = false;
    QString lastViewedAt; // matches first seen after this are "new"; set when saved and when opened
    qint64 lastCount = -1; // matches when last counted, -1 before
};
