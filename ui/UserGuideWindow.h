#pragma once

#include <QDialog>

class QTextBrowser;

// Help › User guide (F1): the short guide from docs/, in the interface's language, in a
// window of its own that stays open beside the main window.
class UserGuideWindow final : public QDialog
{
    Q_OBJECT
public:
    explicit UserGuideWindow(QWidget* parent = nullptr);

    QTextBrowser* text() const { return m_text; }

    // The embedded guide for `language` ("en", "fr", "es"); English when there is none.
    static QString guideMarkdown(const QString& language);

private:
    QTextBrowser* m_text;
};
