#pragma once

#include <QDialog>

class QTextBrowser;

// Help › About: the version, the licence of the code, and the terms each data source puts
// on its leads (ITA's Trade Leads carry the State Department's, Canada's and the UK's own).
class AboutDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);

    QTextBrowser* text() const { return m_text; }

    // The SPDX identifier of the code's licence, as the package metadata gives it.
    static QString codeLicence();

private:
    QTextBrowser* m_text;
};
