<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name></name>
    <message>
        <source>About OVCF Pathway</source>
        <translation>Acerca do OVCF Pathway</translation>
    </message>
    <message>
        <source>Versions, rule pack fingerprint, site profile, languages and sources.</source>
        <translation>Versões, impressão digital do pacote de regras, perfil do centro, idiomas e fontes.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>OVCF Pathway: rule pack refused</source>
        <translation>OVCF Pathway: pacote de regras recusado</translation>
    </message>
    <message>
        <source>The clinical rule pack is invalid, so no plan can be shown.</source>
        <translation>O pacote de regras clínicas é inválido; por isso, não é possível mostrar nenhum plano.</translation>
    </message>
    <message>
        <source>Site profile not used</source>
        <translation>Perfil do centro não utilizado</translation>
    </message>
    <message>
        <source>The saved site profile is not valid any more; the default profile is used.</source>
        <translation>O perfil do centro guardado já não é válido; é utilizado o perfil predefinido.</translation>
    </message>
    <message>
        <source>{error}. The changes apply now but will not be remembered at the next start.</source>
        <translation>{error}. As alterações aplicam-se agora, mas não serão lembradas no próximo arranque.</translation>
    </message>
    <message>
        <source>Settings not saved:</source>
        <translation>Definições não guardadas:</translation>
    </message>
    <message>
        <source>Settings not applied</source>
        <translation>Definições não aplicadas</translation>
    </message>
    <message>
        <source>The language or site profile could not be loaded; nothing was changed.</source>
        <translation>Não foi possível carregar o idioma ou o perfil do centro; nada foi alterado.</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceitar</translation>
    </message>
    <message>
        <source>Dec&amp;line</source>
        <translation>&amp;Recusar</translation>
    </message>
    <message>
        <source>&amp;Undecided</source>
        <translation>&amp;Por decidir</translation>
    </message>
    <message>
        <source>Decision: {choice}</source>
        <translation>Decisão: {choice}</translation>
    </message>
    <message>
        <source>Saved with the visit, shown on the timeline and printed.</source>
        <translation>Guardada com a consulta, mostrada no cronograma e impressa.</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>Motivo (opcional)</translation>
    </message>
    <message>
        <source>Reason for the decision</source>
        <translation>Motivo da decisão</translation>
    </message>
    <message>
        <source>Why the item was accepted or declined.</source>
        <translation>Porque é que o item foi aceite ou recusado.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Note on the decision</source>
        <translation>Nota sobre a decisão</translation>
    </message>
    <message>
        <source>Free text, printed with the decision.</source>
        <translation>Texto livre, impresso com a decisão.</translation>
    </message>
    <message>
        <source>Decision on {item}:</source>
        <translation>Decisão sobre {item}:</translation>
    </message>
    <message>
        <source>OVCF case files (*.yaml *.yml *.json);;All files (*)</source>
        <translation>Ficheiros de caso OVCF (*.yaml *.yml *.json);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Save the changes to {what}?</source>
        <translation>Guardar as alterações feitas a {what}?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Alterações não guardadas</translation>
    </message>
    <message>
        <source>If you do not save, the answers entered since the last save are lost.</source>
        <translation>Se não guardar, as respostas introduzidas desde a última gravação perdem-se.</translation>
    </message>
    <message>
        <source>OVCF Pathway closed unexpectedly on {saved} with unsaved answers ({what}).</source>
        <translation>O OVCF Pathway fechou inesperadamente em {saved} com respostas não guardadas ({what}).</translation>
    </message>
    <message>
        <source>Another OVCF Pathway window also closed unexpectedly on {saved} with unsaved answers ({what}).</source>
        <translation>Outra janela do OVCF Pathway também fechou inesperadamente em {saved} com respostas não guardadas ({what}).</translation>
    </message>
    <message>
        <source>This window already holds a restored case. Keep these answers for later (they are offered again at the next start), or discard them.</source>
        <translation>Esta janela já contém um caso restaurado. Mantenha estas respostas para mais tarde (serão propostas de novo no próximo arranque) ou descarte-as.</translation>
    </message>
    <message>
        <source>Restore unsaved work</source>
        <translation>Restaurar trabalho não guardado</translation>
    </message>
    <message>
        <source>Restore them? Every answer comes back as it was.</source>
        <translation>Restaurá-las? Todas as respostas voltam a ficar como estavam.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Keep for &amp;later</source>
        <translation>&amp;Manter para mais tarde</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Who is saving?</source>
        <translation>Quem guarda?</translation>
    </message>
    <message>
        <source>Your name, recorded with every visit you save to the clinic register until you close the app:</source>
        <translation>O seu nome, registado com cada visita que guardar no registo até fechar a aplicação:</translation>
    </message>
    <message>
        <source>Who is saving</source>
        <translation>Quem guarda</translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be used: {problem}.</source>
        <translation>Não é possível usar a pasta de dados {folder}: {problem}.</translation>
    </message>
    <message>
        <source>Data folder not usable</source>
        <translation>Pasta de dados inutilizável</translation>
    </message>
    <message>
        <source>Until a usable folder is chosen, answers are not autosaved and settings are not remembered. Cases can still be saved to files.</source>
        <translation>Até ser escolhida uma pasta utilizável, as respostas não são gravadas automaticamente e as definições não são lembradas. Os casos podem continuar a ser guardados em ficheiros.</translation>
    </message>
    <message>
        <source>&amp;Choose another folder…</source>
        <translation>&amp;Escolher outra pasta…</translation>
    </message>
    <message>
        <source>Continue &amp;without autosave</source>
        <translation>Continuar &amp;sem gravação automática</translation>
    </message>
    <message>
        <source>Choose a folder for autosaved drafts and settings</source>
        <translation>Escolher uma pasta para os rascunhos gravados automaticamente e as definições</translation>
    </message>
    <message>
        <source>Open a case</source>
        <translation>Abrir um caso</translation>
    </message>
    <message>
        <source>Open a file</source>
        <translation>Abrir um ficheiro</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>{help} Sources: {names}.</source>
        <translation>{help} Fontes: {names}.</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>day since onset</source>
        <translation>dia desde o início</translation>
    </message>
    <message>
        <source>{question}, as entered</source>
        <translation>{question}, tal como introduzido</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Calendário…</translation>
    </message>
    <message>
        <source>{question}: choose on a calendar</source>
        <translation>{question}: escolher num calendário</translation>
    </message>
    <message>
        <source>Opens a calendar to pick the date with the arrow keys and Enter.</source>
        <translation>Abre um calendário para escolher a data com as teclas de seta e Enter.</translation>
    </message>
    <message>
        <source>Calendar for {question}</source>
        <translation>Calendário para {question}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>Nenhum destes</translation>
    </message>
    <message>
        <source>{question}: none of these</source>
        <translation>{question}: nenhum destes</translation>
    </message>
    <message>
        <source>Tick if none of the above applies (an answer, not a blank).</source>
        <translation>Assinale se nenhuma das opções acima se aplica (é uma resposta, não um campo em branco).</translation>
    </message>
    <message>
        <source>Today (visit)</source>
        <translation>Hoje (consulta)</translation>
    </message>
    <message>
        <source>Timeline legend</source>
        <translation>Legenda do cronograma</translation>
    </message>
    <message>
        <source>Case questions</source>
        <translation>Perguntas do caso</translation>
    </message>
    <message>
        <source>The questions about this patient, one page at a time.</source>
        <translation>As perguntas sobre este doente, uma página de cada vez.</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Novo caso</translation>
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
        <translation>&amp;Registo da consulta…</translation>
    </message>
    <message>
        <source>&amp;Export clinician summary (PDF)…</source>
        <translation>&amp;Exportar resumo clínico (PDF)…</translation>
    </message>
    <message>
        <source>Export patient &amp;handout (PDF)…</source>
        <translation>Exportar &amp;folheto do doente (PDF)…</translation>
    </message>
    <message>
        <source>Export visit for the health &amp;record (FHIR)…</source>
        <translation>Exportar a consulta para o processo c&amp;línico (FHIR)…</translation>
    </message>
    <message>
        <source>&amp;Copy visit note (for the health record)</source>
        <translation>Copiar a nota da cons&amp;ulta (para o processo)</translation>
    </message>
    <message>
        <source>Export request or referral &amp;letter (PDF)…</source>
        <translation>Exportar carta de pedido ou encamin&amp;hamento (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Print clinician summary…</source>
        <translation>&amp;Imprimir resumo clínico…</translation>
    </message>
    <message>
        <source>Print patient hando&amp;ut…</source>
        <translation>Imprimir f&amp;olheto do doente…</translation>
    </message>
    <message>
        <source>Paper si&amp;ze</source>
        <translation>&amp;Tamanho do papel</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Definições…</translation>
    </message>
    <message>
        <source>Choose &amp;data folder…</source>
        <translation>Escolher a &amp;pasta de dados…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texto &amp;maior</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texto m&amp;enor</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Tamanho de texto &amp;normal</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <source>Zoom timeline &amp;in</source>
        <translation>Ampl&amp;iar o cronograma</translation>
    </message>
    <message>
        <source>Zoom timeline &amp;out</source>
        <translation>&amp;Reduzir o cronograma</translation>
    </message>
    <message>
        <source>&amp;Fit timeline to window</source>
        <translation>A&amp;justar o cronograma à janela</translation>
    </message>
    <message>
        <source>Timeline: first 1&amp;2 weeks</source>
        <translation>Cronograma: primeiras 1&amp;2 semanas</translation>
    </message>
    <message>
        <source>Timeline: first &amp;year</source>
        <translation>Cronograma: primeiro an&amp;o</translation>
    </message>
    <message>
        <source>Show and go to the &amp;questions</source>
        <translation>Mostrar e ir para as &amp;perguntas</translation>
    </message>
    <message>
        <source>Go to the &amp;timeline</source>
        <translation>Ir para o &amp;cronograma</translation>
    </message>
    <message>
        <source>Go to the item &amp;details</source>
        <translation>Ir para os &amp;detalhes do item</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guia do utilizador</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atal&amp;hos de teclado</translation>
    </message>
    <message>
        <source>&amp;About OVCF Pathway</source>
        <translation>&amp;Acerca do OVCF Pathway</translation>
    </message>
    <message>
        <source>{error}. Answers since the last autosave are not protected against a crash: save the case to a file.</source>
        <translation>{error}. As respostas desde a última gravação automática não estão protegidas contra uma falha: guarde o caso num ficheiro.</translation>
    </message>
    <message>
        <source>Autosave failed:</source>
        <translation>Falha na gravação automática:</translation>
    </message>
    <message>
        <source>File &gt; {entry}</source>
        <translation>Ficheiro &gt; {entry}</translation>
    </message>
    <message>
        <source>the data folder {folder} cannot be used ({problem}). Choose another with {menu}</source>
        <translation>não é possível usar a pasta de dados {folder} ({problem}). Escolha outra com {menu}</translation>
    </message>
    <message>
        <source>Autosave is off:</source>
        <translation>Gravação automática desativada:</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Novo caso</translation>
    </message>
    <message>
        <source>Follow-up visit.</source>
        <translation>Consulta de seguimento.</translation>
    </message>
    <message>
        <source>Last visit {date}. Only new or due questions are asked; the review page shows every answer.</source>
        <translation>Última consulta: {date}. Só são feitas as perguntas novas ou pendentes; a página de revisão mostra todas as respostas.</translation>
    </message>
    <message>
        <source>this case</source>
        <translation>este caso</translation>
    </message>
    <message>
        <source>Cannot open the case</source>
        <translation>Não é possível abrir o caso</translation>
    </message>
    <message>
        <source>{file} is not a valid case file; nothing was changed.</source>
        <translation>{file} não é um ficheiro de caso válido; nada foi alterado.</translation>
    </message>
    <message>
        <source>{file} could not be read: {error}.</source>
        <translation>Não foi possível ler {file}: {error}.</translation>
    </message>
    <message>
        <source>Cannot save yet</source>
        <translation>Ainda não é possível guardar</translation>
    </message>
    <message>
        <source>The case is not complete or has a wrong answer.</source>
        <translation>O caso não está completo ou tem uma resposta errada.</translation>
    </message>
    <message>
        <source>Try another folder.</source>
        <translation>Experimente outra pasta.</translation>
    </message>
    <message>
        <source>Saved to {file}</source>
        <translation>Guardado em {file}</translation>
    </message>
    <message>
        <source>Saved to the clinic register</source>
        <translation>Guardado no registo da consulta</translation>
    </message>
    <message>
        <source>Your answers are kept (and autosaved).</source>
        <translation>As suas respostas são mantidas (e gravadas automaticamente).</translation>
    </message>
    <message>
        <source>Your answers are kept in this window only: they could not be autosaved.</source>
        <translation>As suas respostas são mantidas apenas nesta janela: não foi possível gravá-las automaticamente.</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>Falha ao guardar</translation>
    </message>
    <message>
        <source>no patient details yet</source>
        <translation>ainda sem dados do doente</translation>
    </message>
    <message>
        <source>a new case</source>
        <translation>um caso novo</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>uma data desconhecida</translation>
    </message>
    <message>
        <source>Nothing was deleted: it was kept as {file} and will not be offered again.</source>
        <translation>Nada foi apagado: foi mantido como {file} e não será proposto de novo.</translation>
    </message>
    <message>
        <source>Nothing was deleted: it stays as {file} ({error}).</source>
        <translation>Nada foi apagado: continua como {file} ({error}).</translation>
    </message>
    <message>
        <source>Draft not restored</source>
        <translation>Rascunho não restaurado</translation>
    </message>
    <message>
        <source>An autosaved draft could not be restored: {reason}.</source>
        <translation>Não foi possível restaurar um rascunho gravado automaticamente: {reason}.</translation>
    </message>
    <message>
        <source>Nothing to print yet</source>
        <translation>Ainda nada para imprimir</translation>
    </message>
    <message>
        <source>Answer the questions first: the plan is not complete.</source>
        <translation>Responda primeiro às perguntas: o plano não está completo.</translation>
    </message>
    <message>
        <source>OVCF Pathway clinician summary</source>
        <translation>Resumo clínico OVCF Pathway</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falha na exportação</translation>
    </message>
    <message>
        <source>Exported to {file}</source>
        <translation>Exportado para {file}</translation>
    </message>
    <message>
        <source>Nothing to export yet</source>
        <translation>Ainda não há nada para exportar</translation>
    </message>
    <message>
        <source>No letter yet</source>
        <translation>Ainda não há carta</translation>
    </message>
    <message>
        <source>This plan asks for no referral, test or assessment.</source>
        <translation>Este plano não pede nenhum encaminhamento, exame ou avaliação.</translation>
    </message>
    <message>
        <source>Request or referral letter</source>
        <translation>Carta de pedido ou encaminhamento</translation>
    </message>
    <message>
        <source>Letter for:</source>
        <translation>Carta para:</translation>
    </message>
    <message>
        <source>Nothing to copy yet</source>
        <translation>Ainda não há nada para copiar</translation>
    </message>
    <message>
        <source>Visit note copied: paste it into the health record</source>
        <translation>Nota da consulta copiada: cole-a no processo clínico</translation>
    </message>
    <message>
        <source>Could not write {file}: {error}.</source>
        <translation>Não foi possível escrever {file}: {error}.</translation>
    </message>
    <message>
        <source>Plan not ready yet</source>
        <translation>Plano ainda não disponível</translation>
    </message>
    <message>
        <source>Plan summary</source>
        <translation>Resumo do plano</translation>
    </message>
    <message>
        <source>Critical alerts</source>
        <translation>Alertas críticos</translation>
    </message>
    <message>
        <source>Plan summary and alerts</source>
        <translation>Resumo do plano e alertas</translation>
    </message>
    <message>
        <source>The day and phase, critical alerts, what to do at this visit, warnings and assumptions, above the timeline.</source>
        <translation>O dia e a fase, os alertas críticos, o que fazer nesta consulta, os avisos e os pressupostos, acima do cronograma.</translation>
    </message>
    <message>
        <source>Urgent today</source>
        <translation>Urgente hoje</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Pressupostos</translation>
    </message>
    <message>
        <source>Up and Down select an item; its details appear below.</source>
        <translation>As setas para cima e para baixo selecionam um item; os detalhes aparecem abaixo.</translation>
    </message>
    <message>
        <source>Details of the selected item</source>
        <translation>Detalhes do item selecionado</translation>
    </message>
    <message>
        <source>Dose, dates, status, strength of recommendation, citations and the answers behind the item.</source>
        <translation>Dose, datas, estado, força da recomendação, citações e as respostas em que o item se baseia.</translation>
    </message>
    <message>
        <source>Still needed:</source>
        <translation>Ainda em falta:</translation>
    </message>
    <message>
        <source>The plan appears here</source>
        <translation>O plano aparece aqui</translation>
    </message>
    <message>
        <source>as soon as the questions on the left are answered.</source>
        <translation>assim que as perguntas à esquerda forem respondidas.</translation>
    </message>
    <message>
        <source>Day {day} since onset, {phase} phase.</source>
        <translation>Dia {day} desde o início, fase {phase}.</translation>
    </message>
    <message>
        <source>Visit {visit}; onset {onset}. Site profile: {profile}. Rule pack {version} (sha256 {hash}…).</source>
        <translation>Consulta {visit}; início {onset}. Perfil do centro: {profile}. Pacote de regras {version} (sha256 {hash}…).</translation>
    </message>
    <message>
        <source>CRITICAL</source>
        <translation>CRÍTICO</translation>
    </message>
    <message>
        <source>What each assumption means is under Plan notes and on the items.</source>
        <translation>O significado de cada pressuposto está nas notas do plano e nos itens.</translation>
    </message>
    <message>
        <source>Assumed, because left unknown:</source>
        <translation>Assumido, por ter ficado como desconhecido:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Definições</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Language of the interface, the questions, the plan and the printouts.</source>
        <translation>Idioma da interface, das perguntas, do plano e das impressões.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Em atraso</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Pendente hoje</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Pendente esta semana</translation>
    </message>
    <message>
        <source>Due this month</source>
        <translation>Pendente este mês</translation>
    </message>
    <message>
        <source>Follow-up review</source>
        <translation>Revisão de seguimento</translation>
    </message>
    <message>
        <source>born about {year}</source>
        <translation>nascido/a por volta de {year}</translation>
    </message>
    <message>
        <source>Patient (name or ID)</source>
        <translation>Doente (nome ou identificador)</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Idade</translation>
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
        <translation>Próximo pendente</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Doentes</translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date} (em atraso)</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>Data da visita</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dia</translation>
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
        <translation>Conjunto de regras</translation>
    </message>
    <message>
        <source>Site profile</source>
        <translation>Perfil do centro</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ficheiro</translation>
    </message>
    <message>
        <source>register only</source>
        <translation>só no registo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Doente</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Due list</source>
        <translation>Lista de pendentes</translation>
    </message>
    <message>
        <source>Due items grouped: overdue, today, this week, this month.</source>
        <translation>O que está pendente, por grupos: em atraso, hoje, esta semana, este mês.</translation>
    </message>
    <message>
        <source>{n} due</source>
        <translation>{n} pendente(s)</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>ninguém</translation>
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
        <translation>O que este centro tem no local ou por referenciação, e as suas escolhas quando as fontes divergem.</translation>
    </message>
    <message>
        <source>Load a profile &amp;file…</source>
        <translation>Carregar um &amp;ficheiro de perfil…</translation>
    </message>
    <message>
        <source>Load a profile file</source>
        <translation>Carregar um ficheiro de perfil</translation>
    </message>
    <message>
        <source>Use a site profile from a file (checked before it is used).</source>
        <translation>Usar um perfil do centro a partir de um ficheiro (verificado antes de ser usado).</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>High contrast shows white and yellow on black.</source>
        <translation>O alto contraste mostra branco e amarelo sobre preto.</translation>
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
        <translation>Tamanho do texto</translation>
    </message>
    <message>
        <source>Also Ctrl+plus and Ctrl+minus in the main window.</source>
        <translation>Também Ctrl+mais e Ctrl+menos na janela principal.</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamanho do papel</translation>
    </message>
    <message>
        <source>For printing and PDF export.</source>
        <translation>Para impressão e exportação em PDF.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Site &amp;profile:</source>
        <translation>&amp;Perfil do centro:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>Te&amp;ma:</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Tamanho do texto:</translation>
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation>Tamanho do p&amp;apel:</translation>
    </message>
    <message>
        <source>Apply the settings</source>
        <translation>Aplicar as definições</translation>
    </message>
    <message>
        <source>Keep the settings as they were</source>
        <translation>Manter as definições como estavam</translation>
    </message>
    <message>
        <source>{name} (file {file})</source>
        <translation>{name} (ficheiro {file})</translation>
    </message>
    <message>
        <source>Site profiles (*.yaml *.yml)</source>
        <translation>Perfis de centro (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Profile not used</source>
        <translation>Perfil não utilizado</translation>
    </message>
    <message>
        <source>{file} is not a valid site profile; the current profile is kept.</source>
        <translation>{file} não é um perfil de centro válido; o perfil atual é mantido.</translation>
    </message>
    <message>
        <source>Treatment timeline</source>
        <translation>Cronograma do tratamento</translation>
    </message>
    <message>
        <source>No plan yet.</source>
        <translation>Ainda sem plano.</translation>
    </message>
    <message>
        <source>{count} items. Use the arrow keys to select one.</source>
        <translation>{count} itens. Use as teclas de seta para selecionar um.</translation>
    </message>
    <message>
        <source>wk {week}</source>
        <translation>sem. {week}</translation>
    </message>
    <message>
        <source>nothing in this lane</source>
        <translation>nada nesta linha</translation>
    </message>
    <message>
        <source>ACCEPTED by the clinician</source>
        <translation>ACEITE pelo clínico</translation>
    </message>
    <message>
        <source>DECLINED by the clinician</source>
        <translation>RECUSADO pelo clínico</translation>
    </message>
    <message>
        <source>Today, day {day}</source>
        <translation>Hoje, dia {day}</translation>
    </message>
    <message>
        <source>What is still needed on this page</source>
        <translation>O que ainda falta nesta página</translation>
    </message>
    <message>
        <source>Still needed: {names}.</source>
        <translation>Ainda falta: {names}.</translation>
    </message>
    <message>
        <source>Correct the answers marked with a warning sign.</source>
        <translation>Corrija as respostas assinaladas com um sinal de aviso.</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <source>What to do before the plan</source>
        <translation>O que fazer antes do plano</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <source>Check the answers. Finish shows the plan; Back changes an answer (nothing is lost).</source>
        <translation>Verifique as respostas. «Concluir» mostra o plano; «Anterior» permite alterar uma resposta (nada se perde).</translation>
    </message>
    <message>
        <source>Summary of the answers</source>
        <translation>Resumo das respostas</translation>
    </message>
    <message>
        <source>About this page</source>
        <translation>Sobre esta página</translation>
    </message>
    <message>
        <source>Calculated from these answers</source>
        <translation>Calculado a partir destas respostas</translation>
    </message>
    <message>
        <source>not calculated</source>
        <translation>não calculado</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Fontes:</translation>
    </message>
    <message>
        <source>CRITICAL: do this first.</source>
        <translation>CRÍTICO: fazer isto primeiro.</translation>
    </message>
    <message>
        <source>Every answer, page by page, as the plan will use it.</source>
        <translation>Todas as respostas, página a página, tal como o plano as usará.</translation>
    </message>
    <message>
        <source>F&amp;inish: show the plan</source>
        <translation>&amp;Concluir: mostrar o plano</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Seguinte &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; A&amp;nterior</translation>
    </message>
    <message>
        <source>Back to the previous page</source>
        <translation>Voltar à página anterior</translation>
    </message>
    <message>
        <source>Every answer is kept.</source>
        <translation>Todas as respostas são mantidas.</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página seguinte</translation>
    </message>
    <message>
        <source>Enabled when this page&apos;s answers are valid.</source>
        <translation>Disponível quando as respostas desta página forem válidas.</translation>
    </message>
    <message>
        <source>Finish and show the plan</source>
        <translation>Concluir e mostrar o plano</translation>
    </message>
    <message>
        <source>Gives the plan the whole window; Ctrl+1 brings the questions back.</source>
        <translation>Dá ao plano toda a janela; Ctrl+1 traz de volta as perguntas.</translation>
    </message>
    <message>
        <source>it is a file, not a folder</source>
        <translation>é um ficheiro, não uma pasta</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Possible duplicate patient</source>
        <translation>Possível doente duplicado</translation>
    </message>
    <message>
        <source>{name} was added to the clinic register as a new patient. The register already has a patient with the same name and year of birth:</source>
        <translation>{name} foi adicionado/a ao registo como novo doente. O registo já tem um doente com o mesmo nome e ano de nascimento:</translation>
    </message>
    <message>
        <source>If this is the same person, open them from File &gt; Clinic register and save their visits there.</source>
        <translation>Se for a mesma pessoa, abra-a em Ficheiro &gt; Registo da consulta e guarde aí as suas visitas.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <source>about {year}</source>
        <translation>por volta de {year}</translation>
    </message>
    <message>
        <source>last visit {date}</source>
        <translation>última visita em {date}</translation>
    </message>
    <message>
        <source>Not in the clinic register:</source>
        <translation>Não está no registo:</translation>
    </message>
    <message>
        <source>Cannot save to the clinic register</source>
        <translation>Não é possível guardar no registo</translation>
    </message>
    <message>
        <source>The clinic register {file} cannot be used: {error}.</source>
        <translation>O registo {file} não pode ser usado: {error}.</translation>
    </message>
    <message>
        <source>Use File &gt; Save As… to save the case to a file.</source>
        <translation>Use Ficheiro &gt; Guardar como… para guardar o caso num ficheiro.</translation>
    </message>
    <message>
        <source>the register {file} cannot be used ({error}); the case is saved to its file only.</source>
        <translation>o registo {file} não pode ser usado ({error}); o caso é guardado só no seu ficheiro.</translation>
    </message>
    <message>
        <source>The visit could not be saved to the clinic register: {error}.</source>
        <translation>Não foi possível guardar a visita no registo: {error}.</translation>
    </message>
    <message>
        <source>{file} was saved, but the clinic register could not be written ({error}). Save again to add the visit to the register.</source>
        <translation>{file} foi guardado, mas não foi possível escrever o registo ({error}). Guarde de novo para adicionar a visita ao registo.</translation>
    </message>
    <message>
        <source>No clinic register</source>
        <translation>Sem registo da consulta</translation>
    </message>
    <message>
        <source>This window has no clinic register: the data folder cannot be used.</source>
        <translation>Esta janela não tem registo: a pasta de dados não pode ser usada.</translation>
    </message>
    <message>
        <source>Cannot open the clinic register</source>
        <translation>Não é possível abrir o registo</translation>
    </message>
    <message>
        <source>Cannot open the visit</source>
        <translation>Não é possível abrir a visita</translation>
    </message>
    <message>
        <source>The visit could not be opened from the clinic register; nothing was changed.</source>
        <translation>Não foi possível abrir a visita a partir do registo; nada foi alterado.</translation>
    </message>
    <message>
        <source>Clinic register - OVCF Pathway</source>
        <translation>Registo da consulta - OVCF Pathway</translation>
    </message>
    <message>
        <source>Clinic register</source>
        <translation>Registo da consulta</translation>
    </message>
    <message>
        <source>Clinic register views</source>
        <translation>Vistas do registo da consulta</translation>
    </message>
    <message>
        <source>&amp;Patients</source>
        <translation>&amp;Doentes</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>Pe&amp;ndentes</translation>
    </message>
    <message>
        <source>P&amp;atient</source>
        <translation>Doe&amp;nte</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Close the clinic register</source>
        <translation>Fechar o registo da consulta</translation>
    </message>
    <message>
        <source>Change &amp;name…</source>
        <translation>Mudar o &amp;nome…</translation>
    </message>
    <message>
        <source>Change the name recorded with the visits you save</source>
        <translation>Mudar o nome registado com as visitas que guarda</translation>
    </message>
    <message>
        <source>Name or ID</source>
        <translation>Nome ou identificador</translation>
    </message>
    <message>
        <source>Search patients by name or ID</source>
        <translation>Procurar doentes por nome ou identificador</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Procurar:</translation>
    </message>
    <message>
        <source>Patients found</source>
        <translation>Doentes encontrados</translation>
    </message>
    <message>
        <source>Enter or a double click opens a patient; the Down key moves from the search box to the list.</source>
        <translation>Enter ou um duplo clique abre um doente; a seta para baixo passa da caixa de pesquisa para a lista.</translation>
    </message>
    <message>
        <source>Due summary</source>
        <translation>Resumo do que está pendente</translation>
    </message>
    <message>
        <source>Enter or a double click opens the patient. Overdue items are marked “Overdue” with a warning sign.</source>
        <translation>Enter ou um duplo clique abre o doente. O que está em atraso é marcado «Em atraso» com um sinal de aviso.</translation>
    </message>
    <message>
        <source>What is due next</source>
        <translation>O que se segue</translation>
    </message>
    <message>
        <source>&amp;Open latest visit</source>
        <translation>&amp;Abrir a última visita</translation>
    </message>
    <message>
        <source>Open the latest visit in the main window as a new visit</source>
        <translation>Abrir a última visita na janela principal como uma nova visita</translation>
    </message>
    <message>
        <source>&amp;Back to patients</source>
        <translation>&amp;Voltar aos doentes</translation>
    </message>
    <message>
        <source>Back to the patient list</source>
        <translation>Voltar à lista de doentes</translation>
    </message>
    <message>
        <source>&amp;Visits, newest first:</source>
        <translation>&amp;Visitas, as mais recentes primeiro:</translation>
    </message>
    <message>
        <source>Visits you save are recorded as saved by {name}.</source>
        <translation>As visitas que guardar ficam registadas como guardadas por {name}.</translation>
    </message>
    <message>
        <source>Your name is asked at your first save.</source>
        <translation>O seu nome é pedido na primeira gravação.</translation>
    </message>
    <message>
        <source>{n} found</source>
        <translation>{n} encontrado(s)</translation>
    </message>
    <message>
        <source>{n} patients, most recent first</source>
        <translation>{n} doentes, os mais recentes primeiro</translation>
    </message>
    <message>
        <source>Today is {date}.</source>
        <translation>Hoje é {date}.</translation>
    </message>
    <message>
        <source>What is due next:</source>
        <translation>O que se segue:</translation>
    </message>
    <message>
        <source>Nothing is due for this patient.</source>
        <translation>Não há nada pendente para este doente.</translation>
    </message>
    <message>
        <source>this rule pack is not signed by a trusted key. For writing and testing rule packs only.</source>
        <translation>este pacote de regras não está assinado por uma chave de confiança. Apenas para redigir e testar pacotes de regras.</translation>
    </message>
    <message>
        <source>What changed in this rule pack</source>
        <translation>O que mudou neste pacote de regras</translation>
    </message>
    <message>
        <source>Every change of the rule pack, and the plans that change.</source>
        <translation>Cada alteração do pacote de regras e os planos que mudam.</translation>
    </message>
    <message>
        <source>A new rule pack is about to be used on this computer. Read what changed, then confirm with your name. The acknowledgement is recorded (who and when) and kept in About.</source>
        <translation>Vai ser usado um novo pacote de regras neste computador. Leia o que mudou e confirme com o seu nome. A confirmação é registada (quem e quando) e guardada em «Acerca de».</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>O seu nome</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>O seu &amp;nome:</translation>
    </message>
    <message>
        <source>I have read the changes: &amp;use this rule pack</source>
        <translation>Li as alterações: &amp;usar este pacote de regras</translation>
    </message>
    <message>
        <source>&amp;Quit without using it</source>
        <translation>&amp;Sair sem o usar</translation>
    </message>
    <message>
        <source>Use this rule pack</source>
        <translation>Usar este pacote de regras</translation>
    </message>
    <message>
        <source>Quit without using it</source>
        <translation>Sair sem o usar</translation>
    </message>
    <message>
        <source>this version of the app cannot read the previous pack ({error}).</source>
        <translation>esta versão da aplicação não consegue ler o pacote anterior ({error}).</translation>
    </message>
    <message>
        <source>{user} (first rule pack on this computer: nothing to compare)</source>
        <translation>{user} (primeiro pacote de regras neste computador: nada a comparar)</translation>
    </message>
    <message>
        <source>First choice: {item}</source>
        <translation>Primeira escolha: {item}</translation>
    </message>
    <message>
        <source>or {item}</source>
        <translation>ou {item}</translation>
    </message>
    <message>
        <source>{choice}: none possible with these answers (see the alerts)</source>
        <translation>{choice}: nenhuma opção possível com estas respostas (ver os alertas)</translation>
    </message>
    <message>
        <source>{choice}: one of</source>
        <translation>{choice}: uma das seguintes opções</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Perguntas</translation>
    </message>
    <message>
        <source>Next field, previous field</source>
        <translation>Campo seguinte, campo anterior</translation>
    </message>
    <message>
        <source>Next page, previous page</source>
        <translation>Página seguinte, página anterior</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronograma</translation>
    </message>
    <message>
        <source>Select the previous or next item, the first or the last</source>
        <translation>Selecionar o item anterior ou seguinte, o primeiro ou o último</translation>
    </message>
    <message>
        <source>This visit</source>
        <translation>Esta consulta</translation>
    </message>
    <message>
        <source>Go to an item&apos;s details</source>
        <translation>Ir para os detalhes de um item</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Onde</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>The user guide could not be read: {error}</source>
        <translation>Não foi possível ler o guia do utilizador: {error}</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guia do utilizador</translation>
    </message>
    <message>
        <source>Plan items, as a list</source>
        <translation>Itens do plano, em lista</translation>
    </message>
    <message>
        <source>Every item of the timeline with its status and dates; Up and Down move.</source>
        <translation>Cada item do cronograma com o seu estado e datas; Cima e Baixo para mover.</translation>
    </message>
    <message>
        <source>Day {day} since onset (week {week})</source>
        <translation>Dia {day} desde o início (semana {week})</translation>
    </message>
    <message>
        <source>Or how long before the visit, e.g. 3d or 2w</source>
        <translation>Ou quanto tempo antes da consulta, p. ex. 3d ou 2s</translation>
    </message>
    <message>
        <source>A new fracture since the last visit</source>
        <translation>Uma nova fratura desde a última visita</translation>
    </message>
    <message>
        <source>Asks its onset and levels again; the fracture already recorded becomes an earlier fragility fracture.</source>
        <translation>Volta a perguntar o início e os níveis; a fratura já registada passa a ser uma fratura de fragilidade anterior.</translation>
    </message>
    <message>
        <source>Accepted at the last visit ({date}): tick what the patient now takes</source>
        <translation>Aceite na última visita ({date}): assinale o que o doente toma agora</translation>
    </message>
    <message>
        <source>At the last visit: {answer}</source>
        <translation>Na última visita: {answer}</translation>
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
        <translation>por referenciação para {centre}</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>não disponível</translation>
    </message>
    <message>
        <source>Site profile: {name}</source>
        <translation>Perfil do centro: {name}</translation>
    </message>
    <message>
        <source>Day {day} since onset, {phase} phase</source>
        <translation>Dia {day} desde o início, fase {phase}</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>Visit:</source>
        <translation>Consulta:</translation>
    </message>
    <message>
        <source>Onset:</source>
        <translation>Início:</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceite</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Recusado</translation>
    </message>
    <message>
        <source>or {item}</source>
        <translation>ou {item}</translation>
    </message>
    <message>
        <source>Plan items</source>
        <translation>Itens do plano</translation>
    </message>
    <message>
        <source>Item and status</source>
        <translation>Item e estado</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datas</translation>
    </message>
    <message>
        <source>Strength, sources</source>
        <translation>Força, fontes</translation>
    </message>
    <message>
        <source>Full titles and links: Help &gt; About in the app.</source>
        <translation>Títulos completos e ligações: Ajuda &gt; Acerca de na aplicação.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Answers changed</source>
        <translation>Respostas alteradas</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Consultas</translation>
    </message>
    <message>
        <source>OVCF Pathway: clinician summary</source>
        <translation>OVCF Pathway: resumo clínico</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronograma</translation>
    </message>
    <message>
        <source>Other alerts</source>
        <translation>Outros alertas</translation>
    </message>
    <message>
        <source>Rule pack {id} {version}, sha256 {sha256}. OVCF Pathway {app}. Printed {date}.</source>
        <translation>Pacote de regras {id} {version}, sha256 {sha256}. OVCF Pathway {app}. Impresso em {date}.</translation>
    </message>
    <message>
        <source>Clinic register audit trail: latest entry sha256 {hash}.</source>
        <translation>Registo de auditoria do registo da clínica: última entrada sha256 {hash}.</translation>
    </message>
    <message>
        <source>Signed on {date} by key {key} ({origin}).</source>
        <translation>Assinado em {date} com a chave {key} ({origin}).</translation>
    </message>
    <message>
        <source>{id} {version}, acknowledged by {who} on {when} (key {key}; before: {previous})</source>
        <translation>{id} {version}, confirmado por {who} em {when} (chave {key}; anterior: {previous})</translation>
    </message>
    <message>
        <source>A site adds its own trusted key (minisign .pub file) to {folder}.</source>
        <translation>Um centro adiciona a sua própria chave de confiança (ficheiro .pub do minisign) em {folder}.</translation>
    </message>
    <message>
        <source>Rule pack signature</source>
        <translation>Assinatura do pacote de regras</translation>
    </message>
    <message>
        <source>Trusted keys (fingerprint = minisign key id)</source>
        <translation>Chaves de confiança (impressão digital = identificador da chave minisign)</translation>
    </message>
    <message>
        <source>Rule packs acknowledged on this computer</source>
        <translation>Pacotes de regras confirmados neste computador</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Nenhum por enquanto.</translation>
    </message>
    <message>
        <source>shipped with the app</source>
        <translation>incluída com a aplicação</translation>
    </message>
    <message>
        <source>added by this site</source>
        <translation>adicionada por este centro</translation>
    </message>
    <message>
        <source>Sources ({count})</source>
        <translation>Fontes ({count})</translation>
    </message>
    <message>
        <source>Not on site:</source>
        <translation>Não disponível no centro:</translation>
    </message>
    <message>
        <source>Rule pack</source>
        <translation>Pacote de regras</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>pasta</translation>
    </message>
    <message>
        <source>Languages and their review status</source>
        <translation>Idiomas e estado da sua revisão</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Quando:</translation>
    </message>
    <message>
        <source>Strength of recommendation:</source>
        <translation>Força da recomendação:</translation>
    </message>
    <message>
        <source>Secondary summary only: verify against a primary source.</source>
        <translation>Apenas um resumo secundário: confirme numa fonte primária.</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Onde:</translation>
    </message>
    <message>
        <source>Dose and schedule</source>
        <translation>Dose e esquema</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Answers that decided it</source>
        <translation>Respostas em que se baseia</translation>
    </message>
    <message>
        <source>Assumed (answer unknown)</source>
        <translation>Assumido (resposta desconhecida)</translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation>Precauções</translation>
    </message>
    <message>
        <source>Evidence notes and where sources differ</source>
        <translation>Notas sobre a evidência e divergências entre fontes</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fontes</translation>
    </message>
    <message>
        <source>Plan notes</source>
        <translation>Notas do plano</translation>
    </message>
    <message>
        <source>Select an item on the timeline (click, or arrow keys) to see its dose, dates, strength of recommendation, sources and the answers behind it.</source>
        <translation>Selecione um item no cronograma (clique ou teclas de seta) para ver a dose, as datas, a força da recomendação, as fontes e as respostas em que se baseia.</translation>
    </message>
    <message>
        <source>Check the answers</source>
        <translation>Verifique as respostas</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Assumptions (answers left unknown)</source>
        <translation>Pressupostos (respostas desconhecidas)</translation>
    </message>
    <message>
        <source>What this site does not have on site</source>
        <translation>O que este centro não tem disponível</translation>
    </message>
    <message>
        <source>UNCONFIRMED</source>
        <translation>NÃO CONFIRMADA</translation>
    </message>
    <message>
        <source>From {start} (day {day}), ongoing</source>
        <translation>A partir de {start} (dia {day}), em curso</translation>
    </message>
    <message>
        <source>{date} (day {day})</source>
        <translation>{date} (dia {day})</translation>
    </message>
    <message>
        <source>{start} to {end} (days {first} to {last})</source>
        <translation>{start} a {end} (dias {first} a {last})</translation>
    </message>
    <message>
        <source>from {start}, ongoing</source>
        <translation>a partir de {start}, em curso</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} a {end}</translation>
    </message>
    <message>
        <source>UNSIGNED: not for clinical use</source>
        <translation>NÃO ASSINADO: não destinado a uso clínico</translation>
    </message>
    <message>
        <source>This rule pack is not signed by a trusted key: it is for writing and testing rule packs only.</source>
        <translation>Este pacote de regras não está assinado por uma chave de confiança: destina-se apenas a redigir e testar pacotes de regras.</translation>
    </message>
    <message>
        <source>First choice: {item}.</source>
        <translation>Primeira escolha: {item}.</translation>
    </message>
    <message>
        <source>No first choice: none of these can be offered with these answers (see the alerts).</source>
        <translation>Sem primeira escolha: nenhuma destas opções pode ser proposta com estas respostas (ver os alertas).</translation>
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
        <translation>Não indicado para este doente: {items}.</translation>
    </message>
    <message>
        <source>From {old} to {new}: {count} changes.</source>
        <translation>De {old} para {new}: {count} alterações.</translation>
    </message>
    <message>
        <source>What changed in this rule pack</source>
        <translation>O que mudou neste pacote de regras</translation>
    </message>
    <message>
        <source>Plans that change</source>
        <translation>Planos que mudam</translation>
    </message>
    <message>
        <source>Plans were not compared: {reason}</source>
        <translation>Os planos não foram comparados: {reason}</translation>
    </message>
    <message>
        <source>Planned under both packs: {scenarios} scenarios, {generated} generated cases; {changed} changed.</source>
        <translation>Planeado com ambos os pacotes: {scenarios} cenários, {generated} casos gerados; {changed} mudaram.</translation>
    </message>
    <message>
        <source>... and {count} more (rules diff lists them all).</source>
        <translation>... e mais {count} (rules diff lista-os todos).</translation>
    </message>
    <message>
        <source>Urgent today</source>
        <translation>Urgente hoje</translation>
    </message>
    <message>
        <source>Start or continue</source>
        <translation>Iniciar ou continuar</translation>
    </message>
    <message>
        <source>Arrange (tests, assessments, referrals)</source>
        <translation>Organizar (exames, avaliações, encaminhamentos)</translation>
    </message>
    <message>
        <source>Advise</source>
        <translation>Aconselhar</translation>
    </message>
    <message>
        <source>Consider</source>
        <translation>Considerar</translation>
    </message>
    <message>
        <source>This visit (day {day})</source>
        <translation>Esta consulta (dia {day})</translation>
    </message>
    <message>
        <source>{status}, today only</source>
        <translation>{status}, só hoje</translation>
    </message>
    <message>
        <source>{status}, until {date}</source>
        <translation>{status}, até {date}</translation>
    </message>
    <message>
        <source>No review is planned after this visit.</source>
        <translation>Não há revisão prevista depois desta consulta.</translation>
    </message>
    <message>
        <source>Next review: {date} (day {day}): {what}</source>
        <translation>Próxima revisão: {date} (dia {day}): {what}</translation>
    </message>
    <message>
        <source>Nothing to start, arrange or advise today.</source>
        <translation>Nada a iniciar, organizar ou aconselhar hoje.</translation>
    </message>
    <message>
        <source>Your clinic: {name}, phone {phone}</source>
        <translation>O seu centro: {name}, telefone {phone}</translation>
    </message>
    <message>
        <source>Your clinic&apos;s phone: {phone}</source>
        <translation>Telefone do seu centro: {phone}</translation>
    </message>
    <message>
        <source>Your clinic: {name}</source>
        <translation>O seu centro: {name}</translation>
    </message>
    <message>
        <source>OVCF Pathway visit note, {date}</source>
        <translation>Nota de consulta OVCF Pathway, {date}</translation>
    </message>
    <message>
        <source>{who}. Onset {onset}: day {day} since onset, {phase} phase.</source>
        <translation>{who}. Início {onset}: dia {day} desde o início, fase {phase}.</translation>
    </message>
    <message>
        <source>CRITICAL</source>
        <translation>CRÍTICO</translation>
    </message>
    <message>
        <source>Decisions: {list}</source>
        <translation>Decisões: {list}</translation>
    </message>
    <message>
        <source>Sources: {list}</source>
        <translation>Fontes: {list}</translation>
    </message>
    <message>
        <source>Rule pack {id} {version} (sha256 {sha256}), site profile {profile}.</source>
        <translation>Pacote de regras {id} {version} (sha256 {sha256}), perfil do centro {profile}.</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Data:</translation>
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
        <translation>Pedido:</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>Urgência:</translation>
    </message>
    <message>
        <source>Request / referral: {item}</source>
        <translation>Pedido / encaminhamento: {item}</translation>
    </message>
    <message>
        <source>Critical alerts</source>
        <translation>Alertas críticos</translation>
    </message>
    <message>
        <source>Answers it rests on</source>
        <translation>Respostas em que se baseia</translation>
    </message>
    <message>
        <source>The plan at this visit</source>
        <translation>O plano nesta consulta</translation>
    </message>
    <message>
        <source>Strength of recommendation: {strength}. Sources: {sources}.</source>
        <translation>Força da recomendação: {strength}. Fontes: {sources}.</translation>
    </message>
    <message>
        <source>Clinician:</source>
        <translation>Clínico:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Assinatura:</translation>
    </message>
</context>
</TS>
