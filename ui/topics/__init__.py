"""One module per topic page: its declared settings and the charts and diagrams it draws."""
