#pragma once

#include <QWidget>

class QListWidget;

// The analyst's saved searches with how many leads each matches; activating one applies
// its filter, Delete removes it.
class SavedSearchesPanel final : public QWidget
{
    Q_OBJECT
public:
    struct Entry
    {
        QString name;
        QByteArray filterJson;
        qint64 count = -1; // -1 while counting
    };

    explicit SavedSearchesPanel(QWidget* parent = nullptr);
    void setEntries(const QList<Entry>& entries);
    QListWidget* list() const { return m_list; }

signals:
    void searchActivated(const QString& name, const QByteArray& filterJson);
    void removeRequested(const QString& name);

private:
    QListWidget* m_list;
};
