#include "Dialogs.h"

#include <QFileDialog>
#include <QList>

namespace Dialogs {
namespace {

QList<QStringList> queuedFileNames;
QList<QMessageBox::StandardButton> queuedAnswers;

} // namespace

QStringList openFileNames(QWidget* parent, const QString& caption, const QString& filter)
{
    if (!queuedFileNames.isEmpty())
        return queuedFileNames.takeFirst();
    return QFileDialog::getOpenFileNames(parent, caption, QString(), filter);
}

QString saveFileName(QWidget* parent, const QString& caption, const QString& suggested, const QString& filter)
{
    if (!queuedFileNames.isEmpty())
        return queuedFileNames.takeFirst().value(0);
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text)
{
    if (!queuedAnswers.isEmpty())
        return queuedAnswers.takeFirst();
    return QMessageBox::question(parent, title, text);
}

void queueFileNames(const QStringList& names)
{
    queuedFileNames.append(names);
}

void queueAnswer(QMessageBox::StandardButton answer)
{
    queuedAnswers.append(answer);
}

} // namespace Dialogs
