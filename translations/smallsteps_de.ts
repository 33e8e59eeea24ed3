<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Feelings</name>
    <message>
        <source>Heavy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A little low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steady</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lighter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bright</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Input</name>
    <message>
        <source>Up to {count} steps can be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{id}” cannot name a step twice or with odd letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step’s name is 1 to {count} letters on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{icon}” is not one of the icons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one step stays in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step’s name is 1 to {count} letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a time; please use HH:MM, like 14:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a time of day; please use 00:00 to 23:59.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That note is very long; please keep it under 100,000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to {count} reminder times can be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reminder at {time} needs at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours need a start and an end that differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>A few slow breaths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three slow breaths, in and out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short walk outside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few minutes outside, in the daylight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest for a moment. Resting is a step too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few lines in a journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line or two about today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaching out to someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short message to someone you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mindful pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice five things you can see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping a routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One small part of your usual routine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gratitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One thing that was kind to you today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something creative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ten minutes of making something.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something uplifting to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page of something that lifts you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking for support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking for help is brave. One small ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small step of your own: {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message numerus="yes">
        <source>%n small step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A quiet week so far. Whenever you are ready, one small step is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n small step(s) this week.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A little more than last month. It is adding up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A little more than last year. It is adding up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A little more than last week. It is adding up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every one of these counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quiet month in the journal. Quiet stretches are part of the way too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n small step(s) in {month}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A quiet year in the journal. Whenever you are ready, one small step is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n small step(s) in {year}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your first small step will be counted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n small step(s) so far.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>a quiet day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
