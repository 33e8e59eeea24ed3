<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
