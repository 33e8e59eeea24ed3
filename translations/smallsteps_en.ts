<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Cli</name>
        <message numerus="yes">
            <source>%n small step(s) written to {path}.</source>
            <translation>
                <numerusform>%n small step written to {path}.</numerusform>
                <numerusform>%n small steps written to {path}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n small step(s) added</source>
            <translation>
                <numerusform>%n small step added</numerusform>
                <numerusform>%n small steps added</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already there</source>
            <translation>
                <numerusform>%n already there</numerusform>
                <numerusform>%n already there</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not imported</source>
            <translation>
                <numerusform>%n not imported</numerusform>
                <numerusform>%n not imported</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SmallStepsApp</name>
        <message numerus="yes">
            <source>%n small step(s) written to {path}. Only you can read it.</source>
            <translation>
                <numerusform>%n small step written to {path}. Only you can read it.</numerusform>
                <numerusform>%n small steps written to {path}. Only you can read it.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n small step(s) added</source>
            <translation>
                <numerusform>%n small step added</numerusform>
                <numerusform>%n small steps added</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already there</source>
            <translation>
                <numerusform>%n already there</numerusform>
                <numerusform>%n already there</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not imported.</source>
            <translation>
                <numerusform>%n not imported.</numerusform>
                <numerusform>%n not imported.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Wording</name>
        <message numerus="yes">
            <source>%n small step(s)</source>
            <translation>
                <numerusform>%n small step</numerusform>
                <numerusform>%n small steps</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n small step(s) this week.</source>
            <translation>
                <numerusform>%n small step this week.</numerusform>
                <numerusform>%n small steps this week.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n small step(s) in {month}.</source>
            <translation>
                <numerusform>%n small step in {month}.</numerusform>
                <numerusform>%n small steps in {month}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n small step(s) in {year}.</source>
            <translation>
                <numerusform>%n small step in {year}.</numerusform>
                <numerusform>%n small steps in {year}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n small step(s) so far.</source>
            <translation>
                <numerusform>%n small step so far.</numerusform>
                <numerusform>%n small steps so far.</numerusform>
            </translation>
        </message>
    </context>
</TS>
