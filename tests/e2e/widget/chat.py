"""What a patient does with the widget, in Playwright terms (locators pierce its shadow root)."""

from __future__ import annotations

from typing import Any, List, Tuple

from playwright.sync_api import expect


class Chat:
    def __init__(self, page: Any) -> None:
        self.page = page
        self.log = page.get_by_role("log", name="Conversation")
        self.input = page.get_by_label("Your reply")

    def open(self, title: str = "Have your say") -> Chat:
        self.page.get_by_role("button", name=title).click()
        return self

    def open_at(self, url: str) -> Chat:
        self.page.goto(url)
        return self.open()

    def bot(self) -> Any:
        return self.log.locator("li.bot")

    def patient(self) -> Any:
        return self.log.locator("li.you")

    def bot_texts(self) -> List[str]:
        return [t.removeprefix("Sounding Board: ") for t in self.bot().all_text_contents()]

    def wait_for(self, text: str, timeout: float = 5_000) -> None:
        """Until the bot's latest message is `text` (what a patient waits to read)."""
        expect(self.bot().last).to_have_text("Sounding Board: " + text, timeout=timeout)

    def type(self, text: str) -> None:
        self.input.fill(text)
        self.page.get_by_role("button", name="Send", exact=True).click()

    def choose(self, title: str) -> None:
        self.page.get_by_role("group", name="Quick replies").get_by_role(
            "button", name=title, exact=True).click()

    def consent(self) -> None:
        """Yes to taking part, once asked; then the age question is on screen."""
        self.wait_for("Are you happy to take part?")
        self.choose("Yes")
        self.wait_for("Which age group are you in?")

    def tick(self, *titles: str) -> None:
        for title in titles:
            self.page.get_by_role("checkbox", name=title, exact=True).check()
        self.page.get_by_role("button", name="Send choices").click()


def consented_in_two_tabs(context: Any, url: str) -> Tuple[Chat, Chat]:
    """One chat in two tabs of one browser (a link tapped twice): taking part said in the
    first, both then showing the age question."""
    chat = Chat(context.new_page()).open_at(url)
    chat.consent()
    other = Chat(context.new_page()).open_at(url)
    other.wait_for("Which age group are you in?")
    return chat, other
