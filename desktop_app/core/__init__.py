"""The rules of the application, free of Qt and of I/O: what an indicator is, how a
period is judged, what a submission states and how the province counts it.

Nothing here reads a file or the database, and nothing here imports anything of ours
outside this package; the services (`desktop_app`) feed it and the exports write it.
"""
