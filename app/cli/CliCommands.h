#pragma once

#include "CliSupport.h"

class AttachmentFetcher;
class QCommandLineParser;

// The subcommands, one file each; run() picks one. Each returns the process exit code.
namespace Cli {

int runAdmin(const Invocation& invocation);
int runAwards(const Invocation& invocation);
int runCheck(const Invocation& invocation);
int runImport(const Invocation& invocation);
int runSearch(const Invocation& invocation);
int runSaved(const Invocation& invocation);
int runSavedTry(const Invocation& invocation, const QCommandLineParser& parser); // saved try, after runSaved parsed
int runStats(const Invocation& invocation);
int runSync(const Invocation& invocation); // in tradeleads-sync only
int runAttachments(const Invocation& invocation); // in tradeleads-sync only
// Downloads the attachments not stored yet, one at a time, and records each in the store: the
// number that failed (each named on stderr).
int downloadAttachments(LeadStore& store, AttachmentFetcher& fetcher, const QList<Attachment>& attachments);

} // namespace Cli
