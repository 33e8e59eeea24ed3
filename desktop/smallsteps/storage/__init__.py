"""Everything Small Steps keeps on disk: journal, settings, exports. No Qt here."""
