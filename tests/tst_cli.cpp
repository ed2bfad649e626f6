#include <QTest>

class Placeholder : public QObject
{
    Q_OBJECT
private slots:
    void pending() { QSKIP("written in the next step"); }
};

QTEST_GUILESS_MAIN(Placeholder)
#include "tst_cli.moc"
