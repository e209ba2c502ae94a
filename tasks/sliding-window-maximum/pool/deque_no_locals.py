import collections


def window_maxima(nums, k):
    dq = collections.deque()
    result = []
    for i in range(len(nums)):
        while len(dq) > 0 and nums[dq[len(dq) - 1]] <= nums[i]:
            dq.pop()
        dq.append(i)
        if dq[0] == i - k:
            dq.popleft()
        if i - k + 1 >= 0:
            result.append(nums[dq[0]])
    return result
