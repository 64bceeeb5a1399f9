<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditDialog</name>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n change(s) to {path}</source>
        <translation>
            <numerusform>Exported %n change to {path}</numerusform>
            <numerusform>Exported %n changes to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BaselineDialog</name>
    <message numerus="yes">
        <source>%n figure(s) typed and not saved:</source>
        <translation>
            <numerusform>%n figure typed and not saved:</numerusform>
            <numerusform>%n figures typed and not saved:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartsTab</name>
    <message numerus="yes">
        <source>Poverty rate up since the start of the term in %n unit(s), the bars below 0: </source>
        <translation>
            <numerusform>Poverty rate up since the start of the term in %n unit, the bar below 0: </numerusform>
            <numerusform>Poverty rate up since the start of the term in %n units, the bars below 0: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) without every year&apos;s figures: </source>
        <translation>
            <numerusform>%n unit without every year&apos;s figures: </numerusform>
            <numerusform>%n units without every year&apos;s figures: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No bars: the %n unit(s) are listed below, with the reason</source>
        <translation>
            <numerusform>No bars: the %n unit is listed below, with the reason</numerusform>
            <numerusform>No bars: the %n units are listed below, with the reason</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) without a bar, listed under the bars</source>
        <translation>
            <numerusform>%n unit without a bar, listed under the bars</numerusform>
            <numerusform>%n units without a bar, listed under the bars</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{period}: {status} %n unit(s)</source>
        <translation>
            <numerusform>{period}: {status} %n unit</numerusform>
            <numerusform>{period}: {status} %n units</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) to review</source>
        <translation>
            <numerusform>%n warning to review</numerusform>
            <numerusform>%n warnings to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) not saved because the number typed is not valid:</source>
        <translation>
            <numerusform>%n cell not saved because the number typed is not valid:</numerusform>
            <numerusform>%n cells not saved because the numbers typed are not valid:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OwnTargetsDialog</name>
    <message numerus="yes">
        <source>%n target(s) typed and not saved:</source>
        <translation>
            <numerusform>%n target typed and not saved:</numerusform>
            <numerusform>%n targets typed and not saved:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) not saved because they are not valid:</source>
        <translation>
            <numerusform>%n target not saved because it is not valid:</numerusform>
            <numerusform>%n targets not saved because they are not valid:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProvinceWindow</name>
    <message numerus="yes">
        <source>, %n unit(s) with a key awaiting confirmation</source>
        <translation>
            <numerusform>, %n unit with a key awaiting confirmation</numerusform>
            <numerusform>, %n units with a key awaiting confirmation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n file(s): {parts}.</source>
        <translation>
            <numerusform>Read %n file: {parts}.</numerusform>
            <numerusform>Read %n files: {parts}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n file(s) that are not reports (each listed below, with what to do).</source>
        <translation>
            <numerusform>Skipped %n file that is not a report (listed below, with what to do).</numerusform>
            <numerusform>Skipped %n files that are not reports (each listed below, with what to do).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n temporary, lock or hidden file(s).</source>
        <translation>
            <numerusform>Skipped %n temporary, lock or hidden file.</numerusform>
            <numerusform>Skipped %n temporary, lock or hidden files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report PDF(s) beside the Excel file of the same name: not read as a report, its digital signature checked with the Excel file.</source>
        <translation>
            <numerusform>%n report PDF beside the Excel file of the same name: not read as a report, its digital signature checked with the Excel file.</numerusform>
            <numerusform>%n report PDFs beside the Excel files of the same names: not read as reports, their digital signatures checked with the Excel files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied the names of %n unit(s) not yet sent.</source>
        <translation>
            <numerusform>Copied the name of %n unit not yet sent.</numerusform>
            <numerusform>Copied the names of %n units not yet sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not shown: %n later record(s) of a reading, changed, added or deleted outside the program.</source>
        <translation>
            <numerusform>Not shown: %n later record of a reading, changed, added or deleted outside the program.</numerusform>
            <numerusform>Not shown: %n later records of a reading, changed, added or deleted outside the program.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of this reading not shown: their lines are not as the program wrote them (changed outside the program).</source>
        <translation>
            <numerusform>%n file of this reading not shown: its line is not as the program wrote it (changed outside the program).</numerusform>
            <numerusform>%n files of this reading not shown: their lines are not as the program wrote them (changed outside the program).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused file(s) read by an earlier version of the program: their date of receipt was not kept.</source>
        <translation>
            <numerusform>%n refused file read by an earlier version of the program: its date of receipt was not kept.</numerusform>
            <numerusform>%n refused files read by an earlier version of the program: their date of receipt was not kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Differences: what %n unit(s) stated that the province computes otherwise from the same inputs ({count}; shown, not counted)</source>
        <translation>
            <numerusform>Differences: what %n unit stated that the province computes otherwise from the same inputs ({count}; shown, not counted)</numerusform>
            <numerusform>Differences: what %n units stated that the province computes otherwise from the same inputs ({count}; shown, not counted)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) left out of the DHIS2 and ADX files: the key that signed the report awaits confirmation, so nothing yet shows the unit itself sent it ({names}). Compare each key&apos;s code with the code printed on the unit&apos;s signed paper report, confirm the right key (Signing keys › Confirm key…), then export again.</source>
        <translation>
            <numerusform>%n unit left out of the DHIS2 and ADX files: the key that signed its report awaits confirmation, so nothing yet shows the unit itself sent it ({names}). Compare the key&apos;s code with the code printed on the unit&apos;s signed paper report, confirm the right key (Signing keys › Confirm key…), then export again.</numerusform>
            <numerusform>%n units left out of the DHIS2 and ADX files: the key that signed their reports awaits confirmation, so nothing yet shows the units themselves sent them ({names}). Compare each key&apos;s code with the code printed on the unit&apos;s signed paper report, confirm the right key (Signing keys › Confirm key…), then export again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n certificate(s):</source>
        <translation>
            <numerusform>Imported %n certificate:</numerusform>
            <numerusform>Imported %n certificates:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n certificate(s).</source>
        <translation>
            <numerusform>Imported %n certificate.</numerusform>
            <numerusform>Imported %n certificates.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowNotices</name>
    <message numerus="yes">
        <source>The history finds %n change(s) made outside the program:</source>
        <translation>
            <numerusform>The history finds %n change made outside the program:</numerusform>
            <numerusform>The history finds %n changes made outside the program:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded: %n change(s) made outside the program checked.</source>
        <translation>
            <numerusform>Recorded: %n change made outside the program checked.</numerusform>
            <numerusform>Recorded: %n changes made outside the program checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>workflow_actions</name>
    <message numerus="yes">
        <source>%n period(s) marked Complete wait for a leader&apos;s approval and go back to Entering if this is saved:</source>
        <translation>
            <numerusform>%n period marked Complete waits for a leader&apos;s approval and goes back to Entering if this is saved:</numerusform>
            <numerusform>%n periods marked Complete wait for a leader&apos;s approval and go back to Entering if this is saved:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n other indicator(s)</source>
        <translation>
            <numerusform>… and %n other indicator</numerusform>
            <numerusform>… and %n other indicators</numerusform>
        </translation>
    </message>
</context>
</TS>
