#include "CliCommands.h"

#include "AttachmentFetcher.h"
#include "LeadFormat.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>

namespace Cli {

namespace {

QByteArray tableOf(const QList<Attachment>& attachments, const AttachmentFolder& folder)
{
    const QLocale locale;
    QByteArray out;
    for (const Attachment& attachment : attachments) {
        QString state;
        if (attachment.stored())
            state = QDir::toNativeSeparators(folder.storedFile(attachment.contentHash));
        else
            state = Messages::tr("not downloaded");
        if (!attachment.problem.isEmpty())
            state += QStringLiteral(" (") + attachment.problem + u')';
        const QString size = attachment.size >= 0 ? locale.formattedDataSize(attachment.size) : QStringLiteral("-");
        out += (attachment.displayName().left(48).leftJustified(50) + size.rightJustified(10) + QStringLiteral("  ")
                + state + u'\n')
                   .toUtf8();
    }
    return out;
}

// Every attachment of the family, each link once (amendments repeat their notice's links).
QList<Attachment> familyAttachments(const LeadStore& store, const StoredLead& lead, QString& error)
{
    auto notices = store.familyNotices(lead.familyId);
    QList<qint64> ids;
    if (notices) {
        for (const StoredLead& notice : *notices)
            ids.append(notice.id);
    }
    if (!ids.contains(lead.id))
        ids.append(lead.id);
    auto attachments = store.attachments(ids);
    if (!attachments) {
        error = attachments.errorMessage();
        return {};
    }
    QList<Attachment> unique;
    QSet<QString> seen;
    for (const Attachment& attachment : std::as_const(*attachments)) {
        if (!seen.contains(attachment.url)) {
            seen.insert(attachment.url);
            unique.append(attachment);
        }
    }
    return unique;
}

} // namespace

int downloadAttachments(LeadStore& store, AttachmentFetcher& fetcher, const QList<Attachment>& attachments)
{
    // One at a time: a command shares the server and the quota with the window.
    int failures = 0;
    QEventLoop loop;
    const auto fetched = QObject::connect(&fetcher, &AttachmentFetcher::fetched, &loop,
                                          [&](qint64 id, const AttachmentFile& file) {
                                              if (auto status = store.setAttachmentFile(id, file); !status) {
                                                  printErr(status.errorMessage());
                                                  ++failures;
                                              }
                                              loop.quit();
                                          });
    const auto failed = QObject::connect(&fetcher, &AttachmentFetcher::failed, &loop, [&](qint64 id, const QString& problem) {
        (void)store.setAttachmentProblem(id, problem);
        for (const Attachment& attachment : attachments) {
            if (attachment.id == id)
                printErr(Messages::tr("tradeleads attachments: %1: %2").arg(attachment.displayName(), problem));
        }
        ++failures;
        loop.quit();
    });
    for (const Attachment& attachment : attachments) {
        if (attachment.stored())
            continue;
        fetcher.fetch(attachment);
        if (fetcher.isFetching(attachment.id))
            loop.exec();
    }
    QObject::disconnect(fetched);
    QObject::disconnect(failed);
    return failures;
}

int runAttachments(const Invocation& invocation)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("lead"), Messages::tr("The lead, as SOURCE:ID."));
    parser.addOption(QCommandLineOption(QStringLiteral("download"),
                                        Messages::tr("Download every attachment not stored yet and index its text.")));
    parser.addOption(QCommandLineOption(QStringLiteral("remove"),
                                        Messages::tr("Remove the stored files (they leave the keyword search).")));
    parser.addOption(QCommandLineOption(QStringLiteral("format"), Messages::tr("table (default) or json."),
                                        Messages::tr("FORMAT")));
    if (int code = parse(parser, invocation,
                         Messages::tr("Lists the documents of a lead and its notice family; downloads or removes them."));
        code >= 0)
        return code;
    const QString format = chosenFormat(parser, invocation, { QStringLiteral("table"), QStringLiteral("json") });
    if (format.isEmpty())
        return kExitUsage;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usage(invocation.subcommand, Messages::tr("name one lead as SOURCE:ID"));
    const QString which = positional.first();
    const qsizetype colon = which.indexOf(u':');
    if (colon <= 0 || colon == which.size() - 1)
        return usage(invocation.subcommand, Messages::tr("name the lead as SOURCE:ID, not \"%1\"").arg(which));
    if (parser.isSet(QStringLiteral("download")) && parser.isSet(QStringLiteral("remove")))
        return usage(invocation.subcommand, Messages::tr("--download and --remove do not go together"));

    auto store = openStore(invocation);
    if (!store)
        return failure(invocation.subcommand, store.errorMessage());
    auto lead = (*store)->lead(which.left(colon), which.mid(colon + 1));
    if (!lead)
        return failure(invocation.subcommand, lead.errorMessage());
    const SyncConfig config = SyncConfig::fromEnvironment();
    QNetworkAccessManager network;
    AttachmentFetcher fetcher(network, config, (*store)->path(), AttachmentSettings::fromSettings());
    QString error;
    QList<Attachment> attachments = fetcher.folder().onThisComputer(familyAttachments(**store, *lead, error));
    if (!error.isEmpty())
        return failure(invocation.subcommand, error);
    int failures = 0;
    if (parser.isSet(QStringLiteral("remove"))) {
        for (const Attachment& attachment : std::as_const(attachments)) {
            if (!attachment.stored())
                continue;
            if (!fetcher.folder().remove(attachment.contentHash))
                return failure(invocation.subcommand, Messages::tr("cannot remove the file of %1").arg(attachment.displayName()));
            if (auto status = (*store)->removeAttachmentFile(attachment.contentHash); !status)
                return failure(invocation.subcommand, status.errorMessage());
        }
    } else if (parser.isSet(QStringLiteral("download"))) {
        failures = downloadAttachments(**store, fetcher, attachments);
    }
    if (parser.isSet(QStringLiteral("download")) || parser.isSet(QStringLiteral("remove"))) {
        attachments = fetcher.folder().onThisComputer(familyAttachments(**store, *lead, error));
        if (!error.isEmpty())
            return failure(invocation.subcommand, error);
    }
    if (format == QLatin1String("json"))
        printOut(QJsonDocument(LeadFormat::attachmentsJson(attachments, LeadFormat::AttachmentProblems::Included))
                     .toJson(QJsonDocument::Indented));
    else
        printOut(tableOf(attachments, fetcher.folder()));
    return failures == 0 ? kExitOk : kExitFailure;
}

} // namespace Cli
