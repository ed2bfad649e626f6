#include "NaicsCatalogue.h"

#include <QFile>

#include <algorithm>

namespace NaicsCatalogue {

namespace {

struct Table
{
    QHash<QString, QString> titles; // "236220" -> title; "31", "32", "33" -> "Manufacturing"
    QHash<QString, QString> sectorOfPrefix; // "31" -> "31-33", "23" -> "23"
};

// Read once, on first use, from the resource compiled into the models library.
const Table& table()
{
    static const Table loaded = [] {
        Table t;
        QFile file(QStringLiteral(":/naics/naics-2017.tsv"));
        if (!file.open(QIODevice::ReadOnly))
            return t;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            const qsizetype tab = line.indexOf(u'\t');
            if (tab <= 0)
                continue;
            const QString code = line.left(tab);
            const QString title = line.mid(tab + 1);
            if (code.size() == 5 && code.at(2) == u'-') { // a sector spanning codes: "31-33"
                const int first = code.left(2).toInt();
                const int last = code.right(2).toInt();
                for (int prefix = first; prefix <= last; ++prefix) {
                    t.titles.insert(QString::number(prefix), title);
                    t.sectorOfPrefix.insert(QString::number(prefix), code);
                }
                continue;
            }
            t.titles.insert(code, title);
            if (code.size() == 2)
                t.sectorOfPrefix.insert(code, code);
        }
        return t;
    }();
    return loaded;
}

bool isCode(const QString& code)
{
    return code.size() >= 2 && code.size() <= 6
        && std::all_of(code.cbegin(), code.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

void sortByCount(QList<Node>& nodes)
{
    std::sort(nodes.begin(), nodes.end(), [](const Node& a, const Node& b) {
        return a.count != b.count ? a.count > b.count : a.entry.code < b.entry.code;
    });
    for (Node& node : nodes)
        sortByCount(node.children);
}

} // namespace

QString edition()
{
    return QStringLiteral("NAICS 2017");
}

QString title(const QString& code)
{
    if (code.size() == 5 && code.at(2) == u'-')
        return table().titles.value(code.left(2));
    return isCode(code) ? table().titles.value(code) : QString();
}

QString label(const QString& code)
{
    const QString name = title(code);
    return name.isEmpty() ? code : code + u' ' + name;
}

QList<Entry> path(const QString& code)
{
    if (!isCode(code))
        return {};
    const Table& t = table();
    QList<Entry> entries;
    for (qsizetype length = 2; length <= code.size(); ++length) {
        const QString prefix = code.left(length);
        const QString name = t.titles.value(prefix);
        if (length == 2) {
            entries.append({ t.sectorOfPrefix.value(prefix, prefix), name, Level::Sector });
            continue;
        }
        if (!name.isEmpty() || length == code.size())
            entries.append({ prefix, name, Level(length) });
    }
    return entries;
}

QList<Node> tree(const QHash<QString, qint64>& countsByCode)
{
    QList<Node> roots;
    // Finds or adds the child of `siblings` for `entry`.
    auto childFor = [](QList<Node>& siblings, const Entry& entry) -> Node& {
        for (Node& node : siblings) {
            if (node.entry.code == entry.code)
                return node;
        }
        Node node;
        node.entry = entry;
        if (entry.code.size() == 5 && entry.code.at(2) == u'-') {
            for (int prefix = entry.code.left(2).toInt(); prefix <= entry.code.right(2).toInt(); ++prefix)
                node.prefixes.append(QString::number(prefix));
        } else {
            node.prefixes = { entry.code };
        }
        siblings.append(node);
        return siblings.last();
    };
    for (auto it = countsByCode.cbegin(); it != countsByCode.cend(); ++it) {
        const QString code = it.key().trimmed();
        if (code.isEmpty() || it.value() <= 0)
            continue;
        QList<Entry> levels = path(code);
        if (levels.isEmpty()) // not a code at all: a node of its own at the top
            levels = { Entry { code, QString(), Level::Sector } };
        QList<Node>* siblings = &roots;
        for (const Entry& entry : std::as_const(levels)) {
            Node& node = childFor(*siblings, entry);
            node.count += it.value();
            siblings = &node.children;
        }
    }
    sortByCount(roots);
    return roots;
}

} // namespace NaicsCatalogue
