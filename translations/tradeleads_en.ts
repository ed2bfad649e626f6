<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AttachmentsPanel</name>
    <message numerus="yes">
        <source>%n document(s), %1 on this computer.</source>
        <translation>
            <numerusform>%n document, %1 on this computer.</numerusform>
            <numerusform>%n documents, %1 on this computer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CacheGuard</name>
    <message numerus="yes">
        <source>; %n more problem(s)</source>
        <translation>
            <numerusform>; %n more problem</numerusform>
            <numerusform>; %n more problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From the backup taken at %1, %n saved search(es) were restored.</source>
        <translation>
            <numerusform>From the backup taken at %1, %n saved search was restored.</numerusform>
            <numerusform>From the backup taken at %1, %n saved searches were restored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The tracking (stars, status, notes, tags) of %n lead(s) was restored too.</source>
        <translation>
            <numerusform>The tracking (stars, status, notes, tags) of %n lead was restored too.</numerusform>
            <numerusform>The tracking (stars, status, notes, tags) of %n leads was restored too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>, %n page(s)</source>
        <translation>
            <numerusform>, %n page</numerusform>
            <numerusform>, %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) read; indexing the cache…</source>
        <translation>
            <numerusform>%n lead read; indexing the cache…</numerusform>
            <numerusform>%n leads read; indexing the cache…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n lead(s) stored; indexing the cache…</source>
        <translation>
            <numerusform>%1: %n lead stored; indexing the cache…</numerusform>
            <numerusform>%1: %n leads stored; indexing the cache…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message numerus="yes">
        <source>%n fields as the source sent them.</source>
        <translation>
            <numerusform>%n field as the source sent it.</numerusform>
            <numerusform>%n fields as the source sent them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier versions kept.</source>
        <translation>
            <numerusform>%n earlier version kept.</numerusform>
            <numerusform>%n earlier versions kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message numerus="yes">
        <source>Due within %n day(s)</source>
        <translation>
            <numerusform>Due within %n day</numerusform>
            <numerusform>Due within %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadDetails</name>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadStore</name>
    <message numerus="yes">
        <source>The statistics&apos; kept counts (lead_tally) differ from a count of the leads in %n place(s); the administrator rebuilds them with `tradeleads admin init`.</source>
        <translation>
            <numerusform>The statistics&apos; kept counts (lead_tally) differ from a count of the leads in %n place; the administrator rebuilds them with `tradeleads admin init`.</numerusform>
            <numerusform>The statistics&apos; kept counts (lead_tally) differ from a count of the leads in %n places; the administrator rebuilds them with `tradeleads admin init`.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadTableModel</name>
    <message numerus="yes">
        <source>Amended %n time(s)</source>
        <translation>
            <numerusform>Amended once</numerusform>
            <numerusform>Amended %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source> — %n problem(s), &lt;a href=&quot;details&quot;&gt;details&lt;/a&gt;</source>
        <translation>
            <numerusform> — %n problem, &lt;a href=&quot;details&quot;&gt;details&lt;/a&gt;</numerusform>
            <numerusform> — %n problems, &lt;a href=&quot;details&quot;&gt;details&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync ended with %n problem(s)</source>
        <translation>
            <numerusform>Sync ended with %n problem</numerusform>
            <numerusform>Sync ended with %n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export only the %Ln selected lead(s)?</source>
        <translation>
            <numerusform>Export only the selected lead?</numerusform>
            <numerusform>Export only the %Ln selected leads?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln lead(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln lead to %1</numerusform>
            <numerusform>Exported %Ln leads to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln lead</numerusform>
            <numerusform>%Ln leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln lead(s)</source>
        <translation>
            <numerusform>Imported %Ln lead</numerusform>
            <numerusform>Imported %Ln leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Syncing %1: %Ln lead(s)</source>
        <translation>
            <numerusform>Syncing %1: %Ln lead</numerusform>
            <numerusform>Syncing %1: %Ln leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync done: %Ln new or changed lead(s)</source>
        <translation>
            <numerusform>Sync done: %Ln new or changed lead</numerusform>
            <numerusform>Sync done: %Ln new or changed leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled after %Ln lead(s)</source>
        <translation>
            <numerusform>Import cancelled after %Ln lead</numerusform>
            <numerusform>Import cancelled after %Ln leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln notice family(ies)</source>
        <translation>
            <numerusform>%Ln notice family</numerusform>
            <numerusform>%Ln notice families</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) read; indexing the cache…</source>
        <translation>
            <numerusform>%n lead read; indexing the cache…</numerusform>
            <numerusform>%n leads read; indexing the cache…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Syncing %1: %Ln lead(s) stored; indexing the cache…</source>
        <translation>
            <numerusform>Syncing %1: %Ln lead stored; indexing the cache…</numerusform>
            <numerusform>Syncing %1: %Ln leads stored; indexing the cache…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavedSearchesController</name>
    <message numerus="yes">
        <source>%1: %Ln new match(es)</source>
        <translation>
            <numerusform>%1: %Ln new match</numerusform>
            <numerusform>%1: %Ln new matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New leads for %Ln saved search(es)</source>
        <translation>
            <numerusform>New leads for %Ln saved search</numerusform>
            <numerusform>New leads for %Ln saved searches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln saved search(es) to %1</source>
        <translation>
            <numerusform>Exported %Ln saved search to %1</numerusform>
            <numerusform>Exported %Ln saved searches to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln saved search(es).</source>
        <translation>
            <numerusform>Imported %Ln saved search.</numerusform>
            <numerusform>Imported %Ln saved searches.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entr(y/ies) were left out.</source>
        <translation>
            <numerusform>%Ln entry was left out.</numerusform>
            <numerusform>%Ln entries were left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceSync</name>
    <message numerus="yes">
        <source>%1 (gave up after %n attempts; pages already fetched are kept)</source>
        <translation>
            <numerusform>%1 (gave up after %n attempt; pages already fetched are kept)</numerusform>
            <numerusform>%1 (gave up after %n attempts; pages already fetched are kept)</numerusform>
        </translation>
    </message>
</context>
</TS>
