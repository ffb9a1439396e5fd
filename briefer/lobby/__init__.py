"""The lobby day: many meetings from one spreadsheet, their packs, the schedule and the calendar."""
