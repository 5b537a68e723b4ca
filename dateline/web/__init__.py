"""The archive over HTTP: JSON API (OpenAPI at ``/api/openapi.json``) and server-rendered pages.

``create_app(Settings(db=...))`` builds the ASGI app; ``dateline serve`` runs it under uvicorn.
"""
