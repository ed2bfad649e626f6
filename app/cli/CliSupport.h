#pragma once

#include "LeadStore.h"
#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QCommandLineParser;

// What every subcommand shares: the command line split into --db, subcommand and the rest,
// output, the cache, and the usage and failure messages with their exit codes.
namespace Cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

// The messages of the command line, in every file of it. A class, not a free tr(), so that
// lupdate files them under the context they are looked up with; one context, "Cli", so that
// the translations match whichever file a message stands in.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

void printErr(const QString& line);
void printOut(const QByteArray& bytes);
// After an import or a sync that started at `since`: a line for each award notice that
// closed a family the analyst tracks.
void printTrackedAwards(const LeadStore& store, const QString& since);

// A one-line progress bar, drawn only when a person watches the terminal.
class ProgressBar
{
public:
    explicit ProgressBar(QString label);
    ~ProgressBar() { finish(); }

    void update(qint64 done, qint64 total, qint64 records);
    // Text in place of the bar, for a step that has no measure of its own.
    void say(const QString& text);
    void finish();

private:
    QString m_label;
    bool m_enabled;
    bool m_drawn = false;
};

struct Invocation
{
    QString dbPath;
    QString subcommand;
    QStringList arguments; // program name, then the subcommand's own arguments
    std::optional<QString> usageError;
};

// `--db PATH` may stand before or after the subcommand.
Invocation split(const QStringList& all);

Result<std::unique_ptr<LeadStore>> openStore(const Invocation& invocation);

// Print the message and return the exit code for bad usage (2) or a failure (1).
int usage(const QString& subcommand, const QString& message);
// The --format asked for, lower-cased, or the first of `formats` when none was; empty, after
// the usage message, when it is none of them.
QString chosenFormat(const QCommandLineParser& parser, const Invocation& invocation, const QStringList& formats);
int failure(const QString& subcommand, const QString& message);

// --db and --help, which every subcommand takes.
void addCommonOptions(QCommandLineParser& parser);

// Parses; on --help prints help and returns 0, on bad usage returns 2, else -1 to go on.
int parse(QCommandLineParser& parser, const Invocation& invocation, const QString& synopsis);

} // namespace Cli
