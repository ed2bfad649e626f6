#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

class QWidget;

// The file and question dialogs the window asks, with a "next answer" hook: a test queues
// the answer a person would give, the next dialog returns it without showing, and File ›
// Import or an export is tested end to end without a dialog that blocks.
namespace Dialogs {

QStringList openFileNames(QWidget* parent, const QString& caption, const QString& filter);
QString saveFileName(QWidget* parent, const QString& caption, const QString& suggested, const QString& filter);
QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text);

// For tests: the answers the next dialogs give, first queued first.
void queueFileNames(const QStringList& names); // one open or save dialog; empty: cancelled
void queueAnswer(QMessageBox::StandardButton answer);

} // namespace Dialogs
