"""A small SMTP server on loopback, as the alerts meet one: it takes mails, or refuses every recipient
("reject", a mailbox that rejects every mail), or is away (stopped: the connection is refused). It keeps
each mail it took, headers and all."""

import socketserver
import threading
from email import message_from_bytes, policy


class MailServer:
    def __init__(self, port=0):
        self.mode = "ok"
        self.messages = []
        server = self

        class Session(socketserver.StreamRequestHandler):
            def reply(self, line: str):
                self.wfile.write(f"{line}\r\n".encode())

            def handle(self):
                self.reply("220 localhost test SMTP")
                recipients = []
                while line := self.rfile.readline():
                    command = line.decode(errors="replace").strip()
                    verb = command.split(" ")[0].upper()
                    if verb in ("EHLO", "HELO"):
                        self.reply("250 localhost")
                    elif verb == "MAIL":
                        recipients = []
                        self.reply("250 OK")
                    elif verb == "RCPT":
                        if server.mode == "reject":
                            self.reply("550 No such mailbox")
                        else:
                            recipients.append(command)
                            self.reply("250 OK")
                    elif verb == "DATA":
                        self.reply("354 End data with <CR><LF>.<CR><LF>")
                        data = b""
                        while (chunk := self.rfile.readline()) not in (b".\r\n", b""):
                            data += chunk[1:] if chunk.startswith(b"..") else chunk
                        server.messages.append(message_from_bytes(data, policy=policy.default))
                        self.reply("250 OK queued")
                    elif verb == "QUIT":
                        self.reply("221 Bye")
                        return
                    else:
                        self.reply("250 OK")

        socketserver.ThreadingTCPServer.allow_reuse_address = True
        self.tcp = socketserver.ThreadingTCPServer(("127.0.0.1", port), Session)
        self.tcp.daemon_threads = True
        self.port = self.tcp.server_address[1]
        threading.Thread(target=self.tcp.serve_forever, daemon=True).start()

    def stop(self):
        """Away: nothing listens on the port any more."""
        self.mode = "away"
        self.tcp.shutdown()
        self.tcp.server_close()

    def back(self) -> "MailServer":
        """The server again, on the same port, keeping what it took before."""
        again = MailServer(self.port)
        again.messages = self.messages
        return again
