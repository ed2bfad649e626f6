#pragma once

#include <QObject>

class QWidget;
class StoreWorker;

// File › Import: asks for SAM.gov or ITA files and imports them on the writer, in order with
// every other write, while a progress dialog follows it; Cancel stops it before the next file.
class ImportController final : public QObject
{
    Q_OBJECT
public:
    ImportController(StoreWorker& writer, QWidget* window);
    ~ImportController() override;

    void importFiles(); // asks which

signals:
    void message(const QString& text); // for the status bar: the import did not run
    // Rich text for the status bar, linking to "details" (a line per problem).
    void reported(const QString& html, const QString& details);
    void finished(int imported);

private:
    StoreWorker& m_writer;
    QWidget* m_window;
};
