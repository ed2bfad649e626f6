// Renders the scalable icon to the PNG sizes of the hicolor theme at build time, so that the
// SVG stays the one source of the picture.
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen"); // a build machine may have no display
    QGuiApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 4) {
        std::fprintf(stderr, "usage: tradeleads-render-icon SVG SIZE PNG\n");
        return 2;
    }
    QSvgRenderer svg(arguments.at(1));
    bool ok = false;
    const int size = arguments.at(2).toInt(&ok);
    if (!svg.isValid() || !ok || size <= 0) {
        std::fprintf(stderr, "tradeleads-render-icon: cannot read %s\n", qPrintable(arguments.at(1)));
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter);
    painter.end();
    if (!image.save(arguments.at(3), "PNG")) {
        std::fprintf(stderr, "tradeleads-render-icon: cannot write %s\n", qPrintable(arguments.at(3)));
        return 1;
    }
    return 0;
}
