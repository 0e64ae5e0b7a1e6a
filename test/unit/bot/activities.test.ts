// The replies as the channel receives them: buttons that post back their own words.
import { Activity } from '@microsoft/agents-activity';
import { messageFrom, toActivity } from '../../../bot/activities';

describe('replies as activities', () => {
  it('a reply with buttons: each is an imBack whose value is its text (Web Chat sends the value as the message)', () => {
    const activity = toActivity({ text: 'Shall I register this return?', suggestions: ['Yes, register it', 'No, change something'] });
    expect(activity).toMatchObject({
      type: 'message',
      text: 'Shall I register this return?',
      suggestedActions: {
        actions: [
          { type: 'imBack', title: 'Yes, register it', value: 'Yes, register it' },
          { type: 'imBack', title: 'No, change something', value: 'No, change something' },
        ],
      },
    });
  });

  it('a page to open is an openUrl button (beside any answers to tap)', () => {
    const activity = toActivity({
      text: 'You can follow your return here: https://returns.example.com/status/RMA-1',
      link: { title: 'Open your status page', url: 'https://returns.example.com/status/RMA-1' },
    });
    expect(activity.suggestedActions?.actions).toEqual([
      { type: 'openUrl', title: 'Open your status page', value: 'https://returns.example.com/status/RMA-1' },
    ]);
  });

  it('a plain reply has no buttons; a message in gives its text, the files that have a link, its conversation and id', () => {
    expect(toActivity({ text: 'Done!' }).suggestedActions).toBeUndefined();
    const incoming = Activity.fromObject({
      type: 'message',
      id: 'a7',
      text: 'here is the label',
      channelId: 'directline',
      conversation: { id: 'c1' },
      from: { id: 'u1' },
      recipient: { id: 'bot' },
      attachments: [
        { contentType: 'image/jpeg', contentUrl: 'https://directline.example/label.jpg', name: 'label.jpg' },
        { contentType: 'text/plain', content: 'no link' },
      ],
    });
    expect(messageFrom(incoming)).toEqual({
      text: 'here is the label',
      files: [{ contentType: 'image/jpeg', contentUrl: 'https://directline.example/label.jpg', name: 'label.jpg' }],
      conversationId: 'c1',
      activityId: 'a7',
    });
  });
});
