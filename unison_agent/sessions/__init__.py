"""Sessions: durable conversations (SQLite), their typed history, scripted sessions and reports."""
