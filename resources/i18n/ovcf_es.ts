<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>About OVCF Pathway</source>
        <translation>Acerca de OVCF Pathway</translation>
    </message>
    <message>
        <source>Versions, rule pack fingerprint, site profile, languages and sources.</source>
        <translation>Versiones, huella del paquete de reglas, perfil del centro, idiomas y fuentes.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>OVCF Pathway: rule pack refused</source>
        <translation>OVCF Pathway: paquete de reglas rechazado</translation>
    </message>
    <message>
        <source>The clinical rule pack is invalid, so no plan can be shown.</source>
        <translation>El paquete de reglas clínicas no es válido, por lo que no se puede mostrar ningún plan.</translation>
    </message>
    <message>
        <source>Site profile not used</source>
        <translation>Perfil del centro no utilizado</translation>
    </message>
    <message>
        <source>The saved site profile is not valid any more; the default profile is used.</source>
        <translation>El perfil del centro guardado ya no es válido; se usa el perfil predeterminado.</translation>
    </message>
    <message>
        <source>{error}. The changes apply now but will not be remembered at the next start.</source>
        <translation>{error}. Los cambios se aplican ahora, pero no se recordarán en el próximo inicio.</translation>
    </message>
    <message>
        <source>Settings not saved:</source>
        <translation>Configuración no guardada:</translation>
    </message>
    <message>
        <source>Settings not applied</source>
        <translation>Configuración no aplicada</translation>
    </message>
    <message>
        <source>The language or site profile could not be loaded; nothing was changed.</source>
        <translation>No se pudo cargar el idioma o el perfil del centro; no se cambió nada.</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>A&amp;ceptar</translation>
    </message>
    <message>
        <source>Dec&amp;line</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>&amp;Undecided</source>
        <translation>Sin &amp;decidir</translation>
    </message>
    <message>
        <source>Decision: {choice}</source>
        <translation>Decisión: {choice}</translation>
    </message>
    <message>
        <source>Saved with the visit, shown on the timeline and printed.</source>
        <translation>Se guarda con la visita, se muestra en la línea de tiempo y se imprime.</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>Motivo (opcional)</translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation>Motivo de la decisión</translation>
    </message>
    <message>
        <source>Why the item was accepted or declined.</source>
        <translation>Por qué se aceptó o se rechazó el elemento.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Note on the decision</source>
        <translation>Nota sobre la decisión</translation>
    </message>
    <message>
        <source>Free text, printed with the decision.</source>
        <translation>Texto libre; se imprime con la decisión.</translation>
    </message>
    <message>
        <source>Decision on {item}:</source>
        <translation>Decisión sobre {item}:</translation>
    </message>
    <message>
        <source>OVCF case files (*.yaml *.yml *.json);;All files (*)</source>
        <translation>Archivos de caso OVCF (*.yaml *.yml *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save the changes to {what}?</source>
        <translation>¿Guardar los cambios en {what}?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>If you do not save, the answers entered since the last save are lost.</source>
        <translation>Si no guarda, se perderán las respuestas introducidas desde la última vez que guardó.</translation>
    </message>
    <message>
        <source>OVCF Pathway closed unexpectedly on {saved} with unsaved answers ({what}).</source>
        <translation>OVCF Pathway se cerró inesperadamente el {saved} con respuestas sin guardar ({what}).</translation>
    </message>
    <message>
        <source>Another OVCF Pathway window also closed unexpectedly on {saved} with unsaved answers ({what}).</source>
        <translation>Otra ventana de OVCF Pathway también se cerró inesperadamente el {saved} con respuestas sin guardar ({what}).</translation>
    </message>
    <message>
        <source>This window already holds a restored case. Keep these answers for later (they are offered again at the next start), or discard them.</source>
        <translation>Esta ventana ya contiene un caso restaurado. Conserve estas respuestas para más tarde (se ofrecerán de nuevo en el próximo inicio) o descártelas.</translation>
    </message>
    <message>
        <source>Restore unsaved work</source>
        <translation>Restaurar el trabajo sin guardar</translation>
    </message>
    <message>
        <source>Restore them? Every answer comes back as it was.</source>
        <translation>¿Desea restaurarlas? Todas las respuestas volverán a estar como estaban.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Keep for &amp;later</source>
        <translation>&amp;Conservar para más tarde</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Who is saving?</source>
        <translation>¿Quién guarda?</translation>
    </message>
    <message>
        <source>Your name, recorded with every visit you save to the clinic register until you close the app:</source>
        <translation>Su nombre, registrado con cada visita que guarde en el registro hasta que cierre la aplicación:</translation>
    </message>
    <message>
        <source>Who is saving</source>
        <translation>Quién guarda</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be used: {problem}.</source>
        <translation>No se puede usar la carpeta de datos {folder}: {problem}.</translation>
    </message>
    <message>
        <source>Data folder not usable</source>
        <translation>Carpeta de datos no utilizable</translation>
    </message>
    <message>
        <source>Until a usable folder is chosen, answers are not autosaved and settings are not remembered. Cases can still be saved to files.</source>
        <translation>Hasta que se elija una carpeta utilizable, las respuestas no se guardan automáticamente y la configuración no se recuerda. Los casos pueden seguir guardándose en archivos.</translation>
    </message>
    <message>
        <source>&amp;Choose another folder…</source>
        <translation>&amp;Elegir otra carpeta…</translation>
    </message>
    <message>
        <source>Continue &amp;without autosave</source>
        <translation>Continuar &amp;sin guardado automático</translation>
    </message>
    <message>
        <source>Choose a folder for autosaved drafts and settings</source>
        <translation>Elegir una carpeta para los borradores guardados automáticamente y la configuración</translation>
    </message>
    <message>
        <source>Open a case</source>
        <translation>Abrir un caso</translation>
    </message>
    <message>
        <source>Open a file</source>
        <translation>Abrir un archivo</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>{help} Sources: {names}.</source>
        <translation>{help} Fuentes: {names}.</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>day since onset</source>
        <translation>día desde el inicio</translation>
    </message>
    <message>
        <source>{question}, as entered</source>
        <translation>{question}, tal como se introdujo</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Calendario…</translation>
    </message>
    <message>
        <source>{question}: choose on a calendar</source>
        <translation>{question}: elegir en un calendario</translation>
    </message>
    <message>
        <source>Opens a calendar to pick the date with the arrow keys and Enter.</source>
        <translation>Abre un calendario para elegir la fecha con las teclas de flecha e Intro.</translation>
    </message>
    <message>
        <source>Calendar for {question}</source>
        <translation>Calendario para {question}</translation>
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
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>Ninguno de estos</translation>
    </message>
    <message>
        <source>{question}: none of these</source>
        <translation>{question}: ninguno de estos</translation>
    </message>
    <message>
        <source>Tick if none of the above applies (an answer, not a blank).</source>
        <translation>Márquelo si no se aplica ninguno de los anteriores (es una respuesta, no un campo en blanco).</translation>
    </message>
    <message>
        <source>Today (visit)</source>
        <translation>Hoy (visita)</translation>
    </message>
    <message>
        <source>Timeline legend</source>
        <translation>Leyenda de la línea de tiempo</translation>
    </message>
    <message>
        <source>Case questions</source>
        <translation>Preguntas del caso</translation>
    </message>
    <message>
        <source>The questions about this patient, one page at a time.</source>
        <translation>Las preguntas sobre este paciente, una página cada vez.</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Nuevo caso</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Clinic re&amp;gister…</source>
        <translation>&amp;Registro de la consulta…</translation>
    </message>
    <message>
        <source>&amp;Export clinician summary (PDF)…</source>
        <translation>&amp;Exportar resumen clínico (PDF)…</translation>
    </message>
    <message>
        <source>Export patient &amp;handout (PDF)…</source>
        <translation>Exportar &amp;hoja para el paciente (PDF)…</translation>
    </message>
    <message>
        <source>Export visit for the health &amp;record (FHIR)…</source>
        <translation>Exportar la &amp;visita para la historia clínica (FHIR)…</translation>
    </message>
    <message>
        <source>&amp;Copy visit note (for the health record)</source>
        <translation>Copiar n&amp;ota de la visita (para la historia clínica)</translation>
    </message>
    <message>
        <source>Export request or referral &amp;letter (PDF)…</source>
        <translation>Exportar carta de so&amp;licitud o derivación (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Print clinician summary…</source>
        <translation>&amp;Imprimir resumen clínico…</translation>
    </message>
    <message>
        <source>Print patient hando&amp;ut…</source>
        <translation>Imprimir hoja para el &amp;paciente…</translation>
    </message>
    <message>
        <source>Paper si&amp;ze</source>
        <translation>&amp;Tamaño del papel</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Con&amp;figuración…</translation>
    </message>
    <message>
        <source>Choose &amp;data folder…</source>
        <translation>Elegir la carpeta de &amp;datos…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texto más pe&amp;queño</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Tamaño de texto &amp;normal</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>Alto &amp;contraste</translation>
    </message>
    <message>
        <source>Zoom timeline &amp;in</source>
        <translation>&amp;Acercar la línea de tiempo</translation>
    </message>
    <message>
        <source>Zoom timeline &amp;out</source>
        <translation>A&amp;lejar la línea de tiempo</translation>
    </message>
    <message>
        <source>&amp;Fit timeline to window</source>
        <translation>A&amp;justar la línea de tiempo a la ventana</translation>
    </message>
    <message>
        <source>Timeline: first 1&amp;2 weeks</source>
        <translation>Línea de tiempo: primeras 1&amp;2 semanas</translation>
    </message>
    <message>
        <source>Timeline: first &amp;year</source>
        <translation>Línea de tiempo: primer añ&amp;o</translation>
    </message>
    <message>
        <source>Show and go to the &amp;questions</source>
        <translation>Mostrar e ir a las &amp;preguntas</translation>
    </message>
    <message>
        <source>Go to the &amp;timeline</source>
        <translation>Ir a la línea de &amp;tiempo</translation>
    </message>
    <message>
        <source>Go to the item &amp;details</source>
        <translation>Ir a los &amp;detalles del elemento</translation>
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
        <source>&amp;Keyboard shortcuts</source>
        <translation>A&amp;tajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About OVCF Pathway</source>
        <translation>&amp;Acerca de OVCF Pathway</translation>
    </message>
    <message>
        <source>{error}. Answers since the last autosave are not protected against a crash: save the case to a file.</source>
        <translation>{error}. Las respuestas desde el último guardado automático no están protegidas ante un cierre inesperado: guarde el caso en un archivo.</translation>
    </message>
    <message>
        <source>Autosave failed:</source>
        <translation>Falló el guardado automático:</translation>
    </message>
    <message>
        <source>File &gt; {entry}</source>
        <translation>Archivo &gt; {entry}</translation>
    </message>
    <message>
        <source>the data folder {folder} cannot be used ({problem}). Choose another with {menu}</source>
        <translation>no se puede usar la carpeta de datos {folder} ({problem}). Elija otra con {menu}</translation>
    </message>
    <message>
        <source>Autosave is off:</source>
        <translation>Guardado automático desactivado:</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nuevo caso</translation>
    </message>
    <message>
        <source>Follow-up visit.</source>
        <translation>Consulta de seguimiento.</translation>
    </message>
    <message>
        <source>Last visit {date}. Only new or due questions are asked; the review page shows every answer.</source>
        <translation>Última visita: {date}. Solo se hacen las preguntas nuevas o pendientes; la página de revisión muestra todas las respuestas.</translation>
    </message>
    <message>
        <source>this case</source>
        <translation>este caso</translation>
    </message>
    <message>
        <source>Cannot open the case</source>
        <translation>No se puede abrir el caso</translation>
    </message>
    <message>
        <source>{file} is not a valid case file; nothing was changed.</source>
        <translation>{file} no es un archivo de caso válido; no se cambió nada.</translation>
    </message>
    <message>
        <source>{file} could not be read: {error}.</source>
        <translation>No se pudo leer {file}: {error}.</translation>
    </message>
    <message>
        <source>Cannot save yet</source>
        <translation>Aún no se puede guardar</translation>
    </message>
    <message>
        <source>The case is not complete or has a wrong answer.</source>
        <translation>El caso no está completo o tiene una respuesta incorrecta.</translation>
    </message>
    <message>
        <source>Try another folder.</source>
        <translation>Pruebe con otra carpeta.</translation>
    </message>
    <message>
        <source>Saved to {file}</source>
        <translation>Guardado en {file}</translation>
    </message>
    <message>
        <source>Saved to the clinic register</source>
        <translation>Guardado en el registro de la consulta</translation>
    </message>
    <message>
        <source>Your answers are kept (and autosaved).</source>
        <translation>Sus respuestas se conservan (y se han guardado automáticamente).</translation>
    </message>
    <message>
        <source>Your answers are kept in this window only: they could not be autosaved.</source>
        <translation>Sus respuestas se conservan solo en esta ventana: no se pudieron guardar automáticamente.</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>Error al guardar</translation>
    </message>
    <message>
        <source>no patient details yet</source>
        <translation>aún sin datos del paciente</translation>
    </message>
    <message>
        <source>a new case</source>
        <translation>un caso nuevo</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>una fecha desconocida</translation>
    </message>
    <message>
        <source>Nothing was deleted: it was kept as {file} and will not be offered again.</source>
        <translation>No se ha borrado nada: se ha conservado como {file} y no se volverá a ofrecer.</translation>
    </message>
    <message>
        <source>Nothing was deleted: it stays as {file} ({error}).</source>
        <translation>No se ha borrado nada: sigue como {file} ({error}).</translation>
    </message>
    <message>
        <source>Draft not restored</source>
        <translation>Borrador no restaurado</translation>
    </message>
    <message>
        <source>An autosaved draft could not be restored: {reason}.</source>
        <translation>No se pudo restaurar un borrador guardado automáticamente: {reason}.</translation>
    </message>
    <message>
        <source>Nothing to print yet</source>
        <translation>Aún no hay nada que imprimir</translation>
    </message>
    <message>
        <source>Answer the questions first: the plan is not complete.</source>
        <translation>Responda primero a las preguntas: el plan no está completo.</translation>
    </message>
    <message>
        <source>OVCF Pathway clinician summary</source>
        <translation>Resumen clínico de OVCF Pathway</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Exported to {file}</source>
        <translation>Exportado a {file}</translation>
    </message>
    <message>
        <source>Nothing to export yet</source>
        <translation>Todavía no hay nada que exportar</translation>
    </message>
    <message>
        <source>No letter yet</source>
        <translation>Todavía no hay carta</translation>
    </message>
    <message>
        <source>This plan asks for no referral, test or assessment.</source>
        <translation>Este plan no pide ninguna derivación, prueba ni evaluación.</translation>
    </message>
    <message>
        <source>Request or referral letter</source>
        <translation>Carta de solicitud o derivación</translation>
    </message>
    <message>
        <source>Letter for:</source>
        <translation>Carta para:</translation>
    </message>
    <message>
        <source>Nothing to copy yet</source>
        <translation>Todavía no hay nada que copiar</translation>
    </message>
    <message>
        <source>Visit note copied: paste it into the health record</source>
        <translation>Nota de la visita copiada: péguela en la historia clínica</translation>
    </message>
    <message>
        <source>Could not write {file}: {error}.</source>
        <translation>No se pudo escribir {file}: {error}.</translation>
    </message>
    <message>
        <source>Plan not ready yet</source>
        <translation>El plan aún no está listo</translation>
    </message>
    <message>
        <source>Plan summary</source>
        <translation>Resumen del plan</translation>
    </message>
    <message>
        <source>Critical alerts</source>
        <translation>Alertas críticas</translation>
    </message>
    <message>
        <source>Plan summary and alerts</source>
        <translation>Resumen del plan y alertas</translation>
    </message>
    <message>
        <source>The day and phase, critical alerts, what to do at this visit, warnings and assumptions, above the timeline.</source>
        <translation>El día y la fase, las alertas críticas, qué hacer en esta visita, las advertencias y los supuestos, encima de la línea de tiempo.</translation>
    </message>
    <message>
        <source>Urgent today</source>
        <translation>Urgente hoy</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Supuestos</translation>
    </message>
    <message>
        <source>Up and Down select an item; its details appear below.</source>
        <translation>Las flechas arriba y abajo seleccionan un elemento; sus detalles aparecen debajo.</translation>
    </message>
    <message>
        <source>Details of the selected item</source>
        <translation>Detalles del elemento seleccionado</translation>
    </message>
    <message>
        <source>Dose, dates, status, strength of recommendation, citations and the answers behind the item.</source>
        <translation>Dosis, fechas, estado, fuerza de la recomendación, citas y las respuestas en que se basa el elemento.</translation>
    </message>
    <message>
        <source>Still needed:</source>
        <translation>Falta:</translation>
    </message>
    <message>
        <source>The plan appears here</source>
        <translation>El plan aparece aquí</translation>
    </message>
    <message>
        <source>as soon as the questions on the left are answered.</source>
        <translation>en cuanto se respondan las preguntas de la izquierda.</translation>
    </message>
    <message>
        <source>Day {day} since onset, {phase} phase.</source>
        <translation>Día {day} desde el inicio, fase {phase}.</translation>
    </message>
    <message>
        <source>Visit {visit}; onset {onset}. Site profile: {profile}. Rule pack {version} (sha256 {hash}…).</source>
        <translation>Visita {visit}; inicio {onset}. Perfil del centro: {profile}. Paquete de reglas {version} (sha256 {hash}…).</translation>
    </message>
    <message>
        <source>CRITICAL</source>
        <translation>CRÍTICO</translation>
    </message>
    <message>
        <source>What each assumption means is under Plan notes and on the items.</source>
        <translation>El significado de cada supuesto figura en las notas del plan y en los elementos.</translation>
    </message>
    <message>
        <source>Assumed, because left unknown:</source>
        <translation>Supuestos por haberse dejado como desconocidos:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Language of the interface, the questions, the plan and the printouts.</source>
        <translation>Idioma de la interfaz, las preguntas, el plan y los documentos impresos.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasado</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Pendiente hoy</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Pendiente esta semana</translation>
    </message>
    <message>
        <source>Due this month</source>
        <translation>Pendiente este mes</translation>
    </message>
    <message>
        <source>Follow-up review</source>
        <translation>Revisión de seguimiento</translation>
    </message>
    <message>
        <source>born about {year}</source>
        <translation>nacido/a hacia {year}</translation>
    </message>
    <message>
        <source>Patient (name or ID)</source>
        <translation>Paciente (nombre o identificador)</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Última visita</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Próximo pendiente</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date} (atrasado)</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>Fecha de la visita</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Saved by</source>
        <translation>Guardado por</translation>
    </message>
    <message>
        <source>Rule pack</source>
        <translation>Conjunto de reglas</translation>
    </message>
    <message>
        <source>Site profile</source>
        <translation>Perfil del centro</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>register only</source>
        <translation>solo en el registro</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Due list</source>
        <translation>Lista de pendientes</translation>
    </message>
    <message>
        <source>Due items grouped: overdue, today, this week, this month.</source>
        <translation>Lo pendiente por grupos: atrasado, hoy, esta semana, este mes.</translation>
    </message>
    <message>
        <source>{n} due</source>
        <translation>{n} pendiente(s)</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>{group}: {count}</source>
        <translation>{group}: {count}</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>What this site has on site or by referral, and its choices where the sources disagree.</source>
        <translation>Lo que este centro ofrece en el propio centro o mediante derivación, y sus elecciones cuando las fuentes discrepan.</translation>
    </message>
    <message>
        <source>Load a profile &amp;file…</source>
        <translation>Cargar un &amp;archivo de perfil…</translation>
    </message>
    <message>
        <source>Load a profile file</source>
        <translation>Cargar un archivo de perfil</translation>
    </message>
    <message>
        <source>Use a site profile from a file (checked before it is used).</source>
        <translation>Usar un perfil del centro desde un archivo (se comprueba antes de usarlo).</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>High contrast shows white and yellow on black.</source>
        <translation>El alto contraste muestra blanco y amarillo sobre negro.</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>Also Ctrl+plus and Ctrl+minus in the main window.</source>
        <translation>También con Ctrl+más y Ctrl+menos en la ventana principal.</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>For printing and PDF export.</source>
        <translation>Para la impresión y la exportación a PDF.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Site &amp;profile:</source>
        <translation>&amp;Perfil del centro:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>Tamaño del te&amp;xto:</translation>
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation>Tamaño del pap&amp;el:</translation>
    </message>
    <message>
        <source>Apply the settings</source>
        <translation>Aplicar la configuración</translation>
    </message>
    <message>
        <source>Keep the settings as they were</source>
        <translation>Mantener la configuración como estaba</translation>
    </message>
    <message>
        <source>{name} (file {file})</source>
        <translation>{name} (archivo {file})</translation>
    </message>
    <message>
        <source>Site profiles (*.yaml *.yml)</source>
        <translation>Perfiles del centro (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Profile not used</source>
        <translation>Perfil no utilizado</translation>
    </message>
    <message>
        <source>{file} is not a valid site profile; the current profile is kept.</source>
        <translation>{file} no es un perfil del centro válido; se mantiene el perfil actual.</translation>
    </message>
    <message>
        <source>Treatment timeline</source>
        <translation>Línea de tiempo del tratamiento</translation>
    </message>
    <message>
        <source>No plan yet.</source>
        <translation>Aún no hay plan.</translation>
    </message>
    <message>
        <source>{count} items. Use the arrow keys to select one.</source>
        <translation>{count} elementos. Use las teclas de flecha para seleccionar uno.</translation>
    </message>
    <message>
        <source>wk {week}</source>
        <translation>sem {week}</translation>
    </message>
    <message>
        <source>nothing in this lane</source>
        <translation>nada en esta fila</translation>
    </message>
    <message>
        <source>ACCEPTED by the clinician</source>
        <translation>ACEPTADO por el clínico</translation>
    </message>
    <message>
        <source>DECLINED by the clinician</source>
        <translation>RECHAZADO por el clínico</translation>
    </message>
    <message>
        <source>Today, day {day}</source>
        <translation>Hoy, día {day}</translation>
    </message>
    <message>
        <source>What is still needed on this page</source>
        <translation>Lo que aún falta en esta página</translation>
    </message>
    <message>
        <source>Still needed: {names}.</source>
        <translation>Aún falta: {names}.</translation>
    </message>
    <message>
        <source>Correct the answers marked with a warning sign.</source>
        <translation>Corrija las respuestas marcadas con un signo de advertencia.</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <source>What to do before the plan</source>
        <translation>Qué hacer antes del plan</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Check the answers. Finish shows the plan; Back changes an answer (nothing is lost).</source>
        <translation>Compruebe las respuestas. «Finalizar» muestra el plan; «Atrás» permite cambiar una respuesta (no se pierde nada).</translation>
    </message>
    <message>
        <source>Summary of the answers</source>
        <translation>Resumen de las respuestas</translation>
    </message>
    <message>
        <source>About this page</source>
        <translation>Acerca de esta página</translation>
    </message>
    <message>
        <source>Calculated from these answers</source>
        <translation>Calculado a partir de estas respuestas</translation>
    </message>
    <message>
        <source>not calculated</source>
        <translation>no calculado</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Fuentes:</translation>
    </message>
    <message>
        <source>CRITICAL: do this first.</source>
        <translation>CRÍTICO: haga esto primero.</translation>
    </message>
    <message>
        <source>Every answer, page by page, as the plan will use it.</source>
        <translation>Todas las respuestas, página por página, tal como las usará el plan.</translation>
    </message>
    <message>
        <source>F&amp;inish: show the plan</source>
        <translation>&amp;Finalizar: mostrar el plan</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; A&amp;trás</translation>
    </message>
    <message>
        <source>Back to the previous page</source>
        <translation>Volver a la página anterior</translation>
    </message>
    <message>
        <source>Every answer is kept.</source>
        <translation>Se conservan todas las respuestas.</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Enabled when this page&apos;s answers are valid.</source>
        <translation>Se activa cuando las respuestas de esta página son válidas.</translation>
    </message>
    <message>
        <source>Finish and show the plan</source>
        <translation>Finalizar y mostrar el plan</translation>
    </message>
    <message>
        <source>Gives the plan the whole window; Ctrl+1 brings the questions back.</source>
        <translation>Da al plan toda la ventana; Ctrl+1 vuelve a mostrar las preguntas.</translation>
    </message>
    <message>
        <source>it is a file, not a folder</source>
        <translation>es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Possible duplicate patient</source>
        <translation>Posible paciente duplicado</translation>
    </message>
    <message>
        <source>{name} was added to the clinic register as a new patient. The register already has a patient with the same name and year of birth:</source>
        <translation>{name} se añadió al registro como paciente nuevo. El registro ya tiene un paciente con el mismo nombre y año de nacimiento:</translation>
    </message>
    <message>
        <source>If this is the same person, open them from File &gt; Clinic register and save their visits there.</source>
        <translation>Si es la misma persona, ábrala desde Archivo &gt; Registro de la consulta y guarde allí sus visitas.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>about {year}</source>
        <translation>hacia {year}</translation>
    </message>
    <message>
        <source>last visit {date}</source>
        <translation>última visita el {date}</translation>
    </message>
    <message>
        <source>Not in the clinic register:</source>
        <translation>No está en el registro:</translation>
    </message>
    <message>
        <source>Cannot save to the clinic register</source>
        <translation>No se puede guardar en el registro</translation>
    </message>
    <message>
        <source>The clinic register {file} cannot be used: {error}.</source>
        <translation>No se puede usar el registro {file}: {error}.</translation>
    </message>
    <message>
        <source>Use File &gt; Save As… to save the case to a file.</source>
        <translation>Use Archivo &gt; Guardar como… para guardar el caso en un archivo.</translation>
    </message>
    <message>
        <source>the register {file} cannot be used ({error}); the case is saved to its file only.</source>
        <translation>no se puede usar el registro {file} ({error}); el caso se guarda solo en su archivo.</translation>
    </message>
    <message>
        <source>The visit could not be saved to the clinic register: {error}.</source>
        <translation>No se pudo guardar la visita en el registro: {error}.</translation>
    </message>
    <message>
        <source>{file} was saved, but the clinic register could not be written ({error}). Save again to add the visit to the register.</source>
        <translation>{file} se guardó, pero no se pudo escribir el registro ({error}). Guarde de nuevo para añadir la visita al registro.</translation>
    </message>
    <message>
        <source>No clinic register</source>
        <translation>Sin registro de la consulta</translation>
    </message>
    <message>
        <source>This window has no clinic register: the data folder cannot be used.</source>
        <translation>Esta ventana no tiene registro: no se puede usar la carpeta de datos.</translation>
    </message>
    <message>
        <source>Cannot open the clinic register</source>
        <translation>No se puede abrir el registro</translation>
    </message>
    <message>
        <source>Cannot open the visit</source>
        <translation>No se puede abrir la visita</translation>
    </message>
    <message>
        <source>The visit could not be opened from the clinic register; nothing was changed.</source>
        <translation>No se pudo abrir la visita desde el registro; no se cambió nada.</translation>
    </message>
    <message>
        <source>Clinic register - OVCF Pathway</source>
        <translation>Registro de la consulta - OVCF Pathway</translation>
    </message>
    <message>
        <source>Clinic register</source>
        <translation>Registro de la consulta</translation>
    </message>
    <message>
        <source>Clinic register views</source>
        <translation>Vistas del registro de la consulta</translation>
    </message>
    <message>
        <source>&amp;Patients</source>
        <translation>&amp;Pacientes</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>Pen&amp;dientes</translation>
    </message>
    <message>
        <source>P&amp;atient</source>
        <translation>Paci&amp;ente</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close the clinic register</source>
        <translation>Cerrar el registro de la consulta</translation>
    </message>
    <message>
        <source>Change &amp;name…</source>
        <translation>Cambiar el &amp;nombre…</translation>
    </message>
    <message>
        <source>Change the name recorded with the visits you save</source>
        <translation>Cambiar el nombre registrado con las visitas que guarda</translation>
    </message>
    <message>
        <source>Name or ID</source>
        <translation>Nombre o identificador</translation>
    </message>
    <message>
        <source>Search patients by name or ID</source>
        <translation>Buscar pacientes por nombre o identificador</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Patients found</source>
        <translation>Pacientes encontrados</translation>
    </message>
    <message>
        <source>Enter or a double click opens a patient; the Down key moves from the search box to the list.</source>
        <translation>Intro o un doble clic abre un paciente; la flecha abajo pasa del cuadro de búsqueda a la lista.</translation>
    </message>
    <message>
        <source>Due summary</source>
        <translation>Resumen de lo pendiente</translation>
    </message>
    <message>
        <source>Enter or a double click opens the patient. Overdue items are marked “Overdue” with a warning sign.</source>
        <translation>Intro o un doble clic abre el paciente. Lo atrasado se marca «Atrasado» con un signo de advertencia.</translation>
    </message>
    <message>
        <source>What is due next</source>
        <translation>Lo siguiente pendiente</translation>
    </message>
    <message>
        <source>&amp;Open latest visit</source>
        <translation>&amp;Abrir la última visita</translation>
    </message>
    <message>
        <source>Open the latest visit in the main window as a new visit</source>
        <translation>Abrir la última visita en la ventana principal como una visita nueva</translation>
    </message>
    <message>
        <source>&amp;Back to patients</source>
        <translation>&amp;Volver a los pacientes</translation>
    </message>
    <message>
        <source>Back to the patient list</source>
        <translation>Volver a la lista de pacientes</translation>
    </message>
    <message>
        <source>&amp;Visits, newest first:</source>
        <translation>&amp;Visitas, las más recientes primero:</translation>
    </message>
    <message>
        <source>Visits you save are recorded as saved by {name}.</source>
        <translation>Las visitas que guarde se registran como guardadas por {name}.</translation>
    </message>
    <message>
        <source>Your name is asked at your first save.</source>
        <translation>Su nombre se pide al guardar por primera vez.</translation>
    </message>
    <message>
        <source>{n} found</source>
        <translation>{n} encontrado(s)</translation>
    </message>
    <message>
        <source>{n} patients, most recent first</source>
        <translation>{n} pacientes, los más recientes primero</translation>
    </message>
    <message>
        <source>Today is {date}.</source>
        <translation>Hoy es {date}.</translation>
    </message>
    <message>
        <source>What is due next:</source>
        <translation>Lo siguiente pendiente:</translation>
    </message>
    <message>
        <source>Nothing is due for this patient.</source>
        <translation>No hay nada pendiente para este paciente.</translation>
    </message>
    <message>
        <source>this rule pack is not signed by a trusted key. For writing and testing rule packs only.</source>
        <translation>este paquete de reglas no está firmado con una clave de confianza. Solo para redactar y probar paquetes de reglas.</translation>
    </message>
    <message>
        <source>What changed in this rule pack</source>
        <translation>Qué ha cambiado en este paquete de reglas</translation>
    </message>
    <message>
        <source>Every change of the rule pack, and the plans that change.</source>
        <translation>Cada cambio del paquete de reglas y los planes que cambian.</translation>
    </message>
    <message>
        <source>A new rule pack is about to be used on this computer. Read what changed, then confirm with your name. The acknowledgement is recorded (who and when) and kept in About.</source>
        <translation>Se va a usar un nuevo paquete de reglas en este ordenador. Lea qué ha cambiado y confirme con su nombre. La confirmación se registra (quién y cuándo) y se conserva en «Acerca de».</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>I have read the changes: &amp;use this rule pack</source>
        <translation>He leído los cambios: &amp;usar este paquete de reglas</translation>
    </message>
    <message>
        <source>&amp;Quit without using it</source>
        <translation>&amp;Salir sin usarlo</translation>
    </message>
    <message>
        <source>Use this rule pack</source>
        <translation>Usar este paquete de reglas</translation>
    </message>
    <message>
        <source>Quit without using it</source>
        <translation>Salir sin usarlo</translation>
    </message>
    <message>
        <source>this version of the app cannot read the previous pack ({error}).</source>
        <translation>esta versión de la aplicación no puede leer el paquete anterior ({error}).</translation>
    </message>
    <message>
        <source>{user} (first rule pack on this computer: nothing to compare)</source>
        <translation>{user} (primer paquete de reglas en este ordenador: nada que comparar)</translation>
    </message>
    <message>
        <source>First choice: {item}</source>
        <translation>Primera elección: {item}</translation>
    </message>
    <message>
        <source>or {item}</source>
        <translation>o {item}</translation>
    </message>
    <message>
        <source>{choice}: none possible with these answers (see the alerts)</source>
        <translation>{choice}: ninguna opción posible con estas respuestas (véanse las alertas)</translation>
    </message>
    <message>
        <source>{choice}: one of</source>
        <translation>{choice}: una de las siguientes opciones</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Next field, previous field</source>
        <translation>Campo siguiente, campo anterior</translation>
    </message>
    <message>
        <source>Next page, previous page</source>
        <translation>Página siguiente, página anterior</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
    <message>
        <source>Select the previous or next item, the first or the last</source>
        <translation>Seleccionar el elemento anterior o siguiente, el primero o el último</translation>
    </message>
    <message>
        <source>This visit</source>
        <translation>Esta visita</translation>
    </message>
    <message>
        <source>Go to an item&apos;s details</source>
        <translation>Ir a los detalles de un elemento</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>The user guide could not be read: {error}</source>
        <translation>No se pudo leer la guía del usuario: {error}</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <source>Plan items, as a list</source>
        <translation>Elementos del plan, en lista</translation>
    </message>
    <message>
        <source>Every item of the timeline with its status and dates; Up and Down move.</source>
        <translation>Cada elemento de la línea de tiempo con su estado y sus fechas; Arriba y Abajo para moverse.</translation>
    </message>
    <message>
        <source>Day {day} since onset (week {week})</source>
        <translation>Día {day} desde el inicio (semana {week})</translation>
    </message>
    <message>
        <source>Or how long before the visit, e.g. 3d or 2w</source>
        <translation>O cuánto tiempo antes de la visita, p. ej. 3d o 2s</translation>
    </message>
    <message>
        <source>A new fracture since the last visit</source>
        <translation>Una nueva fractura desde la última visita</translation>
    </message>
    <message>
        <source>Asks its onset and levels again; the fracture already recorded becomes an earlier fragility fracture.</source>
        <translation>Vuelve a preguntar su inicio y sus niveles; la fractura ya registrada pasa a ser una fractura por fragilidad previa.</translation>
    </message>
    <message>
        <source>Accepted at the last visit ({date}): tick what the patient now takes</source>
        <translation>Aceptado en la última visita ({date}): marque lo que el paciente toma ahora</translation>
    </message>
    <message>
        <source>At the last visit: {answer}</source>
        <translation>En la última visita: {answer}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
</context>
<context>
    <name>words</name>
    <message>
        <source>by referral to {centre}</source>
        <translation>mediante derivación a {centre}</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <source>Site profile: {name}</source>
        <translation>Perfil del centro: {name}</translation>
    </message>
    <message>
        <source>Day {day} since onset, {phase} phase</source>
        <translation>Día {day} desde el inicio, fase {phase}</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>Visit:</source>
        <translation>Visita:</translation>
    </message>
    <message>
        <source>Onset:</source>
        <translation>Inicio:</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>or {item}</source>
        <translation>o {item}</translation>
    </message>
    <message>
        <source>Plan items</source>
        <translation>Elementos del plan</translation>
    </message>
    <message>
        <source>Item and status</source>
        <translation>Elemento y estado</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Strength, sources</source>
        <translation>Fuerza, fuentes</translation>
    </message>
    <message>
        <source>Full titles and links: Help &gt; About in the app.</source>
        <translation>Títulos completos y enlaces: Ayuda &gt; Acerca de en la aplicación.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
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
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Answers changed</source>
        <translation>Respuestas modificadas</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Consultas</translation>
    </message>
    <message>
        <source>OVCF Pathway: clinician summary</source>
        <translation>OVCF Pathway: resumen clínico</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
    <message>
        <source>Other alerts</source>
        <translation>Otras alertas</translation>
    </message>
    <message>
        <source>Rule pack {id} {version}, sha256 {sha256}. OVCF Pathway {app}. Printed {date}.</source>
        <translation>Paquete de reglas {id} {version}, sha256 {sha256}. OVCF Pathway {app}. Impreso el {date}.</translation>
    </message>
    <message>
        <source>Clinic register audit trail: latest entry sha256 {hash}.</source>
        <translation>Registro de auditoría del registro clínico: última entrada sha256 {hash}.</translation>
    </message>
    <message>
        <source>Signed on {date} by key {key} ({origin}).</source>
        <translation>Firmado el {date} con la clave {key} ({origin}).</translation>
    </message>
    <message>
        <source>{id} {version}, acknowledged by {who} on {when} (key {key}; before: {previous})</source>
        <translation>{id} {version}, confirmado por {who} el {when} (clave {key}; anterior: {previous})</translation>
    </message>
    <message>
        <source>A site adds its own trusted key (minisign .pub file) to {folder}.</source>
        <translation>Un centro añade su propia clave de confianza (archivo .pub de minisign) en {folder}.</translation>
    </message>
    <message>
        <source>Rule pack signature</source>
        <translation>Firma del paquete de reglas</translation>
    </message>
    <message>
        <source>Trusted keys (fingerprint = minisign key id)</source>
        <translation>Claves de confianza (huella = identificador de clave de minisign)</translation>
    </message>
    <message>
        <source>Rule packs acknowledged on this computer</source>
        <translation>Paquetes de reglas confirmados en este ordenador</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Ninguno por ahora.</translation>
    </message>
    <message>
        <source>shipped with the app</source>
        <translation>incluida con la aplicación</translation>
    </message>
    <message>
        <source>added by this site</source>
        <translation>añadida por este centro</translation>
    </message>
    <message>
        <source>Sources ({count})</source>
        <translation>Fuentes ({count})</translation>
    </message>
    <message>
        <source>Not on site:</source>
        <translation>No disponible en el centro:</translation>
    </message>
    <message>
        <source>Rule pack</source>
        <translation>Paquete de reglas</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>Languages and their review status</source>
        <translation>Idiomas y estado de su revisión</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Cuándo:</translation>
    </message>
    <message>
        <source>Strength of recommendation:</source>
        <translation>Fuerza de la recomendación:</translation>
    </message>
    <message>
        <source>Secondary summary only: verify against a primary source.</source>
        <translation>Solo es un resumen secundario: verifíquelo con una fuente primaria.</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Dónde:</translation>
    </message>
    <message>
        <source>Dose and schedule</source>
        <translation>Dosis y pauta</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Answers that decided it</source>
        <translation>Respuestas determinantes</translation>
    </message>
    <message>
        <source>Assumed (answer unknown)</source>
        <translation>Supuesto (respuesta desconocida)</translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation>Precauciones</translation>
    </message>
    <message>
        <source>Evidence notes and where sources differ</source>
        <translation>Notas sobre la evidencia y discrepancias entre fuentes</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Plan notes</source>
        <translation>Notas del plan</translation>
    </message>
    <message>
        <source>Select an item on the timeline (click, or arrow keys) to see its dose, dates, strength of recommendation, sources and the answers behind it.</source>
        <translation>Seleccione un elemento en la línea de tiempo (con un clic o con las teclas de flecha) para ver su dosis, fechas, fuerza de la recomendación, fuentes y las respuestas en que se basa.</translation>
    </message>
    <message>
        <source>Check the answers</source>
        <translation>Revise las respuestas</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Assumptions (answers left unknown)</source>
        <translation>Supuestos (respuestas sin conocer)</translation>
    </message>
    <message>
        <source>What this site does not have on site</source>
        <translation>Lo que este centro no tiene disponible</translation>
    </message>
    <message>
        <source>UNCONFIRMED</source>
        <translation>NO CONFIRMADA</translation>
    </message>
    <message>
        <source>From {start} (day {day}), ongoing</source>
        <translation>Desde {start} (día {day}), en curso</translation>
    </message>
    <message>
        <source>{date} (day {day})</source>
        <translation>{date} (día {day})</translation>
    </message>
    <message>
        <source>{start} to {end} (days {first} to {last})</source>
        <translation>{start} a {end} (días {first} a {last})</translation>
    </message>
    <message>
        <source>from {start}, ongoing</source>
        <translation>desde {start}, en curso</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} a {end}</translation>
    </message>
    <message>
        <source>UNSIGNED: not for clinical use</source>
        <translation>SIN FIRMAR: no apto para uso clínico</translation>
    </message>
    <message>
        <source>This rule pack is not signed by a trusted key: it is for writing and testing rule packs only.</source>
        <translation>Este paquete de reglas no está firmado con una clave de confianza: solo sirve para redactar y probar paquetes de reglas.</translation>
    </message>
    <message>
        <source>First choice: {item}.</source>
        <translation>Primera elección: {item}.</translation>
    </message>
    <message>
        <source>No first choice: none of these can be offered with these answers (see the alerts).</source>
        <translation>Sin primera elección: ninguna de estas opciones puede ofrecerse con estas respuestas (véanse las alertas).</translation>
    </message>
    <message>
        <source>Alternatives: {items}.</source>
        <translation>Alternativas: {items}.</translation>
    </message>
    <message>
        <source>{item} ({reason})</source>
        <translation>{item} ({reason})</translation>
    </message>
    <message>
        <source>Not for this patient: {items}.</source>
        <translation>No indicado para este paciente: {items}.</translation>
    </message>
    <message>
        <source>From {old} to {new}: {count} changes.</source>
        <translation>De {old} a {new}: {count} cambios.</translation>
    </message>
    <message>
        <source>What changed in this rule pack</source>
        <translation>Qué ha cambiado en este paquete de reglas</translation>
    </message>
    <message>
        <source>Plans that change</source>
        <translation>Planes que cambian</translation>
    </message>
    <message>
        <source>Plans were not compared: {reason}</source>
        <translation>No se compararon los planes: {reason}</translation>
    </message>
    <message>
        <source>Planned under both packs: {scenarios} scenarios, {generated} generated cases; {changed} changed.</source>
        <translation>Planificado con ambos paquetes: {scenarios} escenarios, {generated} casos generados; {changed} cambiaron.</translation>
    </message>
    <message>
        <source>... and {count} more (rules diff lists them all).</source>
        <translation>... y {count} más (rules diff los enumera todos).</translation>
    </message>
    <message>
        <source>Urgent today</source>
        <translation>Urgente hoy</translation>
    </message>
    <message>
        <source>Start or continue</source>
        <translation>Iniciar o continuar</translation>
    </message>
    <message>
        <source>Arrange (tests, assessments, referrals)</source>
        <translation>Organizar (pruebas, evaluaciones, derivaciones)</translation>
    </message>
    <message>
        <source>Advise</source>
        <translation>Aconsejar</translation>
    </message>
    <message>
        <source>Consider</source>
        <translation>Considerar</translation>
    </message>
    <message>
        <source>This visit (day {day})</source>
        <translation>Esta visita (día {day})</translation>
    </message>
    <message>
        <source>{status}, today only</source>
        <translation>{status}, solo hoy</translation>
    </message>
    <message>
        <source>{status}, until {date}</source>
        <translation>{status}, hasta el {date}</translation>
    </message>
    <message>
        <source>No review is planned after this visit.</source>
        <translation>No hay ninguna revisión prevista después de esta visita.</translation>
    </message>
    <message>
        <source>Next review: {date} (day {day}): {what}</source>
        <translation>Próxima revisión: {date} (día {day}): {what}</translation>
    </message>
    <message>
        <source>Nothing to start, arrange or advise today.</source>
        <translation>Nada que iniciar, organizar ni aconsejar hoy.</translation>
    </message>
    <message>
        <source>Your clinic: {name}, phone {phone}</source>
        <translation>Su centro: {name}, teléfono {phone}</translation>
    </message>
    <message>
        <source>Your clinic&apos;s phone: {phone}</source>
        <translation>Teléfono de su centro: {phone}</translation>
    </message>
    <message>
        <source>Your clinic: {name}</source>
        <translation>Su centro: {name}</translation>
    </message>
    <message>
        <source>OVCF Pathway visit note, {date}</source>
        <translation>Nota de visita de OVCF Pathway, {date}</translation>
    </message>
    <message>
        <source>{who}. Onset {onset}: day {day} since onset, {phase} phase.</source>
        <translation>{who}. Inicio {onset}: día {day} desde el inicio, fase {phase}.</translation>
    </message>
    <message>
        <source>CRITICAL</source>
        <translation>CRÍTICO</translation>
    </message>
    <message>
        <source>Decisions: {list}</source>
        <translation>Decisiones: {list}</translation>
    </message>
    <message>
        <source>Sources: {list}</source>
        <translation>Fuentes: {list}</translation>
    </message>
    <message>
        <source>Rule pack {id} {version} (sha256 {sha256}), site profile {profile}.</source>
        <translation>Paquete de reglas {id} {version} (sha256 {sha256}), perfil del centro {profile}.</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Solicitud:</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>Urgencia:</translation>
    </message>
    <message>
        <source>Request / referral: {item}</source>
        <translation>Solicitud / derivación: {item}</translation>
    </message>
    <message>
        <source>Critical alerts</source>
        <translation>Alertas críticas</translation>
    </message>
    <message>
        <source>Answers it rests on</source>
        <translation>Respuestas en las que se basa</translation>
    </message>
    <message>
        <source>The plan at this visit</source>
        <translation>El plan en esta visita</translation>
    </message>
    <message>
        <source>Strength of recommendation: {strength}. Sources: {sources}.</source>
        <translation>Fuerza de la recomendación: {strength}. Fuentes: {sources}.</translation>
    </message>
    <message>
        <source>Clinician:</source>
        <translation>Clínico:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Firma:</translation>
    </message>
</context>
</TS>
